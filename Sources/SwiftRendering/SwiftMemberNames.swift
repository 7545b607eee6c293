/// The Swift names of a generated type's members, claimed in documented order as the
/// templates declare them: what the model files declare and what `graphdocgen diff` compares.
public enum SwiftMemberNames {
    /// The names of a struct's stored properties for the wire names `properties`, in order.
    public static func properties(_ properties: [String]) -> [String] {
        var scope = UniqueNames(reserved: ["odataType", "additionalData", "init", "encode", "odataTypeName"])
        return properties.map { scope.claim(SwiftName.memberName($0)) }
    }

    /// The names of an open enumeration's members for the documented `members`, in order.
    public static func enumerationMembers(_ members: [String]) -> [String] {
        var scope = UniqueNames(reserved: ["rawValue", "init", "description", "hashValue"])
        return members.map { scope.claim(SwiftName.memberName($0)) }
    }
}
