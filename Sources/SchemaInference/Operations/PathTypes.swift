/// The type an OData path addresses, followed through the model's types as the service
/// follows it.
///
/// A path starts at a root resource (`/users`, `/me`, `/communications`) and steps through
/// properties of the type it has reached: a relationship (`/users/{id}/events`), a structural
/// property (`…/mailboxSettings/timeZone`), a key after a collection (`{id}`, or a literal
/// key inside the path: `mailFolders/inbox/messages`), a cast (`…/microsoft.graph.group`). A root's type is what the
/// `GET`s and `POST`s of the root's own path (and its key) say, each page's word weighed by how
/// few requests it lists; a root no such request types is the one type whose properties are
/// named by every step the pages take below it (`/communications/calls`, `…/onlineMeetings`).
/// A step the types do not document, a function or action, `$value`, `$count` or `$ref`
/// types nothing: the path is then not typed here.
struct PathTypes {
    /// The type reached, and whether it is a collection of it.
    struct Target: Hashable {
        var type: String
        var collection: Bool
    }

    /// The types by lowercased qualified name.
    private let types: [String: APIType]
    /// The derived types of each type (lowercased name → qualified names), sorted.
    private let derived: [String: [String]]
    /// The root resources by lowercased first segment.
    private let roots: [String: Target]
    /// Each type's own properties by lowercased name (the first of a name), by lowercased type name.
    private let properties: [String: [String: APIProperty]]

    init(types: [APIType], operations: [APIOperation]) {
        var byName: [String: APIType] = [:]
        var derived: [String: [String]] = [:]
        for type in types {
            byName[type.name.lowercased()] = type
            if let base = type.baseType { derived[base.lowercased(), default: []].append(type.name) }
        }
        self.types = byName
        self.derived = derived.mapValues { $0.sorted() }
        self.roots = Self.roots(of: operations, types: byName)
        properties = byName.mapValues { type in
            Dictionary(type.properties.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        }
    }

    /// The segments of a path as the service reads them: the query left out, and OneDrive's
    /// addressing by path (`root:/{item-path}:/content`) read as the item it addresses (`root/content`).
    static func segments(of path: String) -> [Substring] {
        var text = Substring(path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        var result = ""
        while let colon = text.range(of: ":/") {
            result += text[..<colon.lowerBound]
            let rest = text[colon.upperBound...]
            if let close = rest.firstIndex(of: ":") {
                text = rest[rest.index(after: close)...]
            } else {
                text = ""
            }
        }
        result += text
        return Substring(result).split(separator: "/")
    }

    /// Whether a segment is a key placeholder (`{id}`).
    static func isPlaceholder(_ segment: Substring) -> Bool {
        segment.hasPrefix("{") && segment.hasSuffix("}")
    }

    /// The type `path` addresses, if the model's types say.
    func target(of path: String) -> Target? {
        let segments = Self.segments(of: path)
        guard let first = segments.first, !first.contains("("), var target = roots[first.lowercased()] else { return nil }
        for (position, segment) in segments.enumerated().dropFirst() {
            guard let next = step(from: target, through: segment, last: position == segments.count - 1) else { return nil }
            target = next
        }
        return target
    }

    /// `path` with each step the types follow through a property spelled as the type documents
    /// that property (`/me/calendargroups` → `/me/calendarGroups`): one relationship, one spelling,
    /// whatever case a page writes it in (the service reads names without case).
    func spelled(_ path: String) -> String {
        let segments = Self.segments(of: path)
        guard let first = segments.first, var target = roots[first.lowercased()] else { return path }
        var renames: [Substring: String] = [:]
        for (position, segment) in segments.enumerated().dropFirst() {
            if !target.collection, !Self.isPlaceholder(segment), !segment.contains("("), !segment.hasPrefix("$"),
               let property = member(segment, of: target.type), property.name != segment
            {
                renames[segment] = property.name
            }
            guard let next = step(from: target, through: segment, last: position == segments.count - 1) else { break }
            target = next
        }
        guard !renames.isEmpty else { return path }
        let query = path.firstIndex(of: "?").map { String(path[$0...]) } ?? ""
        let pieces = path.prefix { $0 != "?" }.split(separator: "/", omittingEmptySubsequences: false)
        return pieces.map { renames[$0] ?? String($0) }.joined(separator: "/") + query
    }

    /// Whether `path` calls an action or function bound to what the path before its last
    /// segment addresses: that segment is a name (no key, cast or OData segment) that is no
    /// property of a type the types follow the path to.
    func callsBoundOperation(_ path: String) -> Bool {
        let segments = Self.segments(of: path)
        guard segments.count >= 2, let last = segments.last, !Self.isPlaceholder(last), !last.hasPrefix("$"),
              !last.contains("."), target(of: path) == nil
        else { return false }
        let parent = "/" + segments.dropLast().joined(separator: "/")
        guard let bound = target(of: parent) else { return false }
        return member(last.split(separator: "(").first ?? last, of: bound.type) == nil
    }

    /// One step of a path from `target`, if the types document it; `last` when it ends the path.
    private func step(from target: Target, through segment: Substring, last: Bool) -> Target? {
        if segment.hasPrefix("$") || segment.contains("(") { return nil }
        if let cast = types[segment.lowercased()], segment.contains(".") {
            return Target(type: cast.name, collection: target.collection)
        }
        if target.collection {
            if Self.isPlaceholder(segment) { return Target(type: target.type, collection: false) }
            // A literal key (`mailFolders/inbox/messages`), unless it names a property (a step the docs
            // took without the key) or ends the path (`users/delta`: a function bound to the collection).
            guard !last, member(segment, of: target.type) == nil, !segment.contains("{") else { return nil }
            return Target(type: target.type, collection: false)
        }
        guard let property = member(segment, of: target.type) else { return nil }
        if let element = CollectionType.element(of: property.type) { return Target(type: element, collection: true) }
        return Target(type: property.type, collection: false)
    }

    /// The property named `name` (any case) of a type, its base types, else of its derived
    /// types, nearest first (the docs step through a derived type's property without a cast).
    func member(_ name: Substring, of typeName: String) -> APIProperty? {
        let lowered = name.lowercased()
        var visited: Set<String> = []
        var current: String? = typeName.lowercased()
        while let key = current, visited.insert(key).inserted, let type = types[key] {
            if let property = properties[key]?[lowered] { return property }
            current = type.baseType?.lowercased()
        }
        var queue = derived[typeName.lowercased()] ?? []
        var next = 0
        while next < queue.count {
            let key = queue[next].lowercased()
            next += 1
            guard visited.insert(key).inserted, types[key] != nil else { continue }
            if let property = properties[key]?[lowered] { return property }
            queue += derived[key] ?? []
        }
        return nil
    }

    /// Whether `a` and `b` are the same type or one derives from the other.
    func related(_ a: String, _ b: String) -> Bool {
        derives(a, from: b) || derives(b, from: a)
    }

    /// Whether `type` is `base` or derives from it.
    func derives(_ type: String, from base: String) -> Bool {
        var visited: Set<String> = []
        var current: String? = type.lowercased()
        while let key = current, visited.insert(key).inserted {
            if key == base.lowercased() { return true }
            current = types[key]?.baseType?.lowercased()
        }
        return false
    }

    /// The root resources (see ``PathTypes``).
    private static func roots(of operations: [APIOperation], types: [String: APIType]) -> [String: Target] {
        var requestsPerPage: [String: Int] = [:]
        for operation in operations { requestsPerPage[operation.source, default: 0] += 1 }
        var votes: [String: [Target: Double]] = [:]
        var children: [String: Set<String>] = [:]
        for operation in operations {
            let segments = segments(of: operation.path)
            guard let first = segments.first, !first.contains("("), !first.hasPrefix("$") else { continue }
            let root = first.lowercased()
            if segments.count > 1, !isPlaceholder(segments[1]), !segments[1].contains("("), !segments[1].hasPrefix("$") {
                children[root, default: []].insert(segments[1].lowercased())
            }
            let weight = 1.0 / Double(requestsPerPage[operation.source] ?? 1)
            let keyed = segments.count == 2 && isPlaceholder(segments[1])
            guard segments.count == 1 || keyed else { continue }
            var vote: Target?
            if operation.method == "GET", let response = operation.response, let type = response.type,
               types[type.lowercased()] != nil
            {
                vote = keyed
                    ? (response.collection ? nil : Target(type: type, collection: true))
                    : Target(type: type, collection: response.collection)
            } else if operation.method == "POST", segments.count == 1, let body = operation.requestBody,
                      types[body.lowercased()]?.kind == .entity
            {
                vote = Target(type: body, collection: true)
            }
            if let vote { votes[root, default: [:]][vote, default: 0] += weight }
        }
        var roots: [String: Target] = [:]
        for (root, tally) in votes {
            // The heaviest vote; of equal ones the first type by name, one value before a collection.
            roots[root] = tally.max {
                ($0.value, $1.key.type, $1.key.collection ? 1 : 0) < ($1.value, $0.key.type, $0.key.collection ? 1 : 0)
            }?.key
        }
        // A root no request types: the one type with a property for every step below it.
        for (root, steps) in children where roots[root] == nil && steps.count >= 2 {
            let candidates = types.values.filter { type in
                let names = Set(type.properties.map { $0.name.lowercased() })
                return steps.isSubset(of: names)
            }
            if candidates.count == 1, let type = candidates.first {
                roots[root] = Target(type: type.name, collection: false)
            }
        }
        return roots
    }
}
