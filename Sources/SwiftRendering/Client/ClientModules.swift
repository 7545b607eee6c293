/// The client's modules with ``ModuleLayout/split``: a base module declares `GraphClient`, every
/// request type (its core and path only) and the operation constants; the request types'
/// members and methods go, by family (a request type of `GraphClient` and the types nested in
/// it), into member modules that import the base and not each other, so that they compile side
/// by side.
struct ClientModules: Hashable {
    /// The base module's name (`GraphSDKClient`).
    let base: String
    /// About how many members and methods a member module holds.
    let weight: Int

    /// The modules of a split package whose model modules hold about `modelWeight` properties:
    /// member modules of half as many members and methods, whose code is about twice a property's.
    init(base: String, modelWeight: Int, reserved: Set<String>) {
        self.base = base
        weight = max(modelWeight / 2, 1)
        self.reserved = reserved
    }
    /// Names a member module must not take (the model types' and modules' names).
    let reserved: Set<String>

    /// The names of `count` member modules: the base's name and a number (`GraphSDKClient1`),
    /// skipping a name that is reserved.
    func memberModuleNames(count: Int) -> [String] {
        var names: [String] = []
        var number = 1
        while names.count < count {
            let name = base + String(number)
            if !reserved.contains(name) { names.append(name) }
            number += 1
        }
        return names
    }

    /// The families' positions grouped into member modules: consecutive families (in the order
    /// given) until a group weighs `weight` or more, so that adding a family moves few others.
    static func groups(weights: [Int], weight: Int) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        var total = 0
        for (position, familyWeight) in weights.enumerated() {
            current.append(position)
            total += familyWeight
            if total >= weight {
                groups.append(current)
                current = []
                total = 0
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}
