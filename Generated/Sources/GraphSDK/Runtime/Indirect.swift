// Copied by graphdocgen from its runtime (Sources/GraphRuntime/Indirect.swift). Do not edit.

/// A value stored out of line, so that a struct can hold a value of its own type
/// (directly or through other structs) without having infinite size.
///
/// Generated models store such properties in an `Indirect` and expose the plain value;
/// it encodes and decodes exactly as the value it holds.
public final class Indirect<Value: Sendable>: Sendable {
    /// The value.
    public let value: Value

    /// Boxes a value.
    public init(_ value: Value) {
        self.value = value
    }
}

extension Indirect: Equatable where Value: Equatable {
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.value == rhs.value }
}

extension Indirect: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
