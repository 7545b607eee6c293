/// A Graph enumeration that accepts any member, known or not.
///
/// Generated enumerations are structs holding the member's name, with one computed static
/// property per documented member:
///
/// ```swift
/// public struct CallState: OpenEnum {
///     public let rawValue: String
///     public init(rawValue: String) { self.rawValue = rawValue }
///     public static var establishing: Self { Self(rawValue: "establishing") }
///     public static var established: Self { Self(rawValue: "established") }
/// }
/// ```
///
/// Any string decodes (members added to the service later, `unknownFutureValue`, flag
/// combinations such as `"read,write"`) and encodes back unchanged; `Codable` comes from the
/// standard library's `RawRepresentable` support, and `switch` works with `case .established:`
/// and a `default:`. Adding a member later breaks no caller's `switch`. Computed members compile
/// faster than `static let`s (no lazy global per member) and than an `enum` with an
/// `unknown(String)` case, which needs two generated `switch`es.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// Any member name, documented or not.
    init(rawValue: String)
}

extension OpenEnum {
    /// The member's name as Graph spells it.
    public var description: String { rawValue }
}
