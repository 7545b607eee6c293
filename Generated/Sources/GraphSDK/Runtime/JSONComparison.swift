// Copied by graphdocgen from its runtime (Sources/GraphRuntime/JSONComparison.swift). Do not edit.

public import Foundation

extension JSONValue {
    /// Where `written` (a value encoded again) differs from `documented` (the JSON it was
    /// decoded from), or `nil` when it says the same: every documented member is there with
    /// the same value, in any order; numbers are compared by value; two strings are the same
    /// when equal, when both are `Edm.DateTimeOffset` literals of the same instant, GUIDs
    /// equal but for case, base64 of the same bytes (padding and unused bits aside), or
    /// URLs equal but for percent-encoding. The only member `written` may add is
    /// `@odata.type` (encoding always writes the discriminator).
    public static func difference(written: Data, documented: Data) throws -> String? {
        let decoder = GraphJSON.decoder()
        return difference(
            try decoder.decode(JSONValue.self, from: written), try decoder.decode(JSONValue.self, from: documented), path: "")
    }

    private static func difference(_ written: JSONValue, _ documented: JSONValue, path: String) -> String? {
        let place = path.isEmpty ? "the body" : "'\(path)'"
        switch (written, documented) {
        case (.object(let writtenMembers), .object(let documentedMembers)):
            for key in documentedMembers.keys.sorted() {
                let memberPath = path.isEmpty ? key : "\(path).\(key)"
                guard let value = writtenMembers[key] else { return "'\(memberPath)' was lost" }
                if let found = difference(value, documentedMembers[key]!, path: memberPath) { return found }
            }
            if let extra = writtenMembers.keys.sorted().first(where: { documentedMembers[$0] == nil && $0 != "@odata.type" }) {
                return "'\(path.isEmpty ? extra : "\(path).\(extra)")' was added"
            }
            return nil
        case (.array(let writtenElements), .array(let documentedElements)):
            guard writtenElements.count == documentedElements.count else {
                return "\(place) has \(writtenElements.count) elements instead of \(documentedElements.count)"
            }
            for (index, pair) in zip(writtenElements, documentedElements).enumerated() {
                if let found = difference(pair.0, pair.1, path: "\(path)[\(index)]") { return found }
            }
            return nil
        case (.integer(let a), .integer(let b)):
            return a == b ? nil : "\(place) is \(a) instead of \(b)"
        case (.integer, .double), (.double, .integer), (.double, .double):
            return number(written) == number(documented) ? nil : "\(place) is \(written) instead of \(documented)"
        case (.string(let a), .string(let b)):
            return sameText(a, b) ? nil : "\(place) is \"\(a)\" instead of \"\(b)\""
        default:
            return written == documented ? nil : "\(place) is \(written) instead of \(documented)"
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .double(let double): double
        default: nil
        }
    }

    private static func sameText(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let first = try? DateTimeOffset.date(from: a), let second = try? DateTimeOffset.date(from: b) {
            return abs(first.timeIntervalSince(second)) < 1e-6
        }
        if let first = UUID(uuidString: a), let second = UUID(uuidString: b) { return first == second }
        if a.contains("://"), b.contains("://"), let first = a.removingPercentEncoding, first == b.removingPercentEncoding {
            return true
        }
        let decoder = GraphJSON.decoder()
        if let first = try? decoder.decode(Data.self, from: JSONEncoder().encode(a)),
           let second = try? decoder.decode(Data.self, from: JSONEncoder().encode(b))
        {
            return first == second
        }
        return false
    }
}
