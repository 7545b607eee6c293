import GraphDocCore
import SchemaInference

extension ModelModules {
    /// `model`'s types in modules of about `weight` each (``ModuleLayout/splitModuleWeight``), named `<library>Models1`,
    /// `<library>Models2`, … (a number whose name is in `reserved` skipped), each after the modules whose types it uses.
    ///
    /// Types that refer to each other (a strongly connected component of the type reference
    /// graph) stay together. The components are taken level by level (a component's level is
    /// one more than the highest of those it uses), whole levels forming a band until it weighs
    /// `weight`. A band that heavy becomes two modules that do not use each other, when its
    /// components fall into separate groups (SwiftPM compiles a module once those it imports are
    /// compiled: two such modules compile at once, one on each core); a lighter one is one module.
    init(splitting model: APIModel, names: SwiftTypeNames, library: String, reserved: Set<String>, weight: Int = ModuleLayout.splitModuleWeight) {
        var edges: [String: Set<String>] = [:]
        for type in model.types { edges[type.name.lowercased(), default: []] = [] }
        for (type, referenced) in Self.typeReferences(in: model, names: names) {
            edges[type.name.lowercased(), default: []].insert(referenced.name.lowercased())
        }
        var typeWeights: [String: Int] = [:]
        var namespaceOfType: [String: String] = [:]
        for type in model.types {
            let lowercased = type.name.lowercased()
            namespaceOfType[lowercased] = type.namespace
            typeWeights[lowercased] = Self.weight(of: type, in: model)
        }
        let groups = Self.groups(of: StronglyConnectedComponents.of(edges), edges: edges, weights: typeWeights, weight: weight)
        var moduleOfType: [String: String] = [:]
        var moduleNames: [String] = []
        var number = 0
        for group in groups {
            // The next number whose name is free.
            var name: String
            repeat {
                number += 1
                name = library + "Models\(number)"
            } while reserved.contains(name)
            moduleNames.append(name)
            for type in group { moduleOfType[type] = name }
        }
        let modules = zip(groups, moduleNames).map { group, name in
            let dependencies = Set(group.flatMap { edges[$0] ?? [] }.compactMap { moduleOfType[$0] })
            return Module(
                name: name, namespaces: Set(group.compactMap { namespaceOfType[$0] }).sorted(),
                dependencies: dependencies.subtracting([name]).sorted())
        }
        self.init(modules: modules, moduleOfType: moduleOfType)
    }

    /// What `type` weighs in a module: a struct one plus its properties, inherited ones
    /// included; any other type one.
    static func weight(of type: APIType, in model: APIModel) -> Int {
        type.kind == .enum || model.holdsAnyJSON(type) ? 1 : 1 + model.flattenedProperties(of: type).count
    }

    /// What `model`'s types weigh together (``weight(of:in:)``).
    static func weight(of model: APIModel) -> Int {
        model.types.reduce(0) { $0 + weight(of: $1, in: model) }
    }

    /// The modules' types: `components` (dependencies first) in bands of levels, a band of
    /// `weight` or more cut in two modules that do not refer to each other where it can be: its
    /// pieces (components linked by references), the heaviest first and the others in the order
    /// of their first type's name, cut where the two parts weigh closest to the same.
    static func groups(of components: [[String]], edges: [String: Set<String>], weights: [String: Int], weight: Int) -> [[String]] {
        var componentOf: [String: Int] = [:]
        for (index, component) in components.enumerated() {
            for type in component { componentOf[type] = index }
        }
        // Dependencies first: each component's level is known before those that use it.
        var levels: [Int] = []
        var componentWeights: [Int] = []
        var uses: [Set<Int>] = []
        for (index, component) in components.enumerated() {
            let used = Set(component.flatMap { edges[$0] ?? [] }.compactMap { componentOf[$0] }).subtracting([index])
            uses.append(used)
            levels.append((used.map { levels[$0] }.max() ?? -1) + 1)
            componentWeights.append(component.reduce(0) { $0 + (weights[$1] ?? 1) })
        }
        let byLevel = Dictionary(grouping: components.indices, by: { levels[$0] })
        var bands: [[Int]] = []
        var band: [Int] = []
        for level in byLevel.keys.sorted() {
            band += byLevel[level] ?? []
            if band.reduce(0, { $0 + componentWeights[$1] }) >= weight {
                bands.append(band)
                band = []
            }
        }
        if !band.isEmpty { bands.append(band) }
        var groups: [[String]] = []
        for band in bands {
            let types = { (members: [Int]) in members.sorted().flatMap { components[$0] } }
            guard band.reduce(0, { $0 + componentWeights[$1] }) >= weight else {
                groups.append(types(band))
                continue
            }
            // The band's components linked by a reference, either way, are one piece.
            var piece = Dictionary(uniqueKeysWithValues: band.map { ($0, $0) })
            func root(_ member: Int) -> Int {
                var member = member
                while let parent = piece[member], parent != member { member = parent }
                return member
            }
            for member in band {
                for used in uses[member] where piece[used] != nil {
                    let (a, b) = (root(member), root(used))
                    if a != b { piece[max(a, b)] = min(a, b) }
                }
            }
            var pieces: [(members: [Int], weight: Int, name: String)] = []
            for members in Dictionary(grouping: band, by: root).values {
                pieces.append((
                    members.sorted(), members.reduce(0) { $0 + componentWeights[$1] },
                    members.flatMap { components[$0] }.min() ?? ""))
            }
            // The heaviest piece, then the others in the order of their first type's name (which
            // no other piece's weight changes), cut where the first part's weight comes closest
            // to half of the band's: a change of weight moves only pieces at the cut from one
            // module to the other, so the next build recompiles little; a piece heavier than
            // all the others together is a module of its own. (Taking the heaviest pieces first,
            // each to the lighter half, balanced the halves a little better, but one property
            // added to one type on v1.0 swapped 676 of the band's 915 files between its modules.)
            pieces.sort { $0.name < $1.name }
            if let heaviest = pieces.indices.max(by: { pieces[$0].weight < pieces[$1].weight || pieces[$0].weight == pieces[$1].weight && $0 > $1 }) {
                pieces.insert(pieces.remove(at: heaviest), at: 0)
            }
            let total = pieces.reduce(0) { $0 + $1.weight }
            var cut = 0, imbalance = total, prefix = 0
            for (index, piece) in pieces.enumerated() {
                prefix += piece.weight
                if abs(2 * prefix - total) < imbalance {
                    cut = index + 1
                    imbalance = abs(2 * prefix - total)
                }
            }
            let halves = [pieces[..<cut].flatMap(\.members), pieces[cut...].flatMap(\.members)]
            groups += halves.filter { !$0.isEmpty }.map(types)
        }
        return groups
    }
}
