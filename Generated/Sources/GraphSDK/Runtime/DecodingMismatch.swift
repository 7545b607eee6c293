// Copied by graphdocgen from its runtime (Sources/GraphRuntime/DecodingMismatch.swift). Do not edit.

/// A value in a body that does not fit the type the documentation gives its property (a
/// number where the docs say `String`, an object where they say `Double`, a string where they
/// document an object): the property stays absent, the value is kept as JSON in the
/// containing value's `additionalData` under its own key (so encoding writes it back), and the
/// decoder's ``DecodingMismatch/Handler`` hears of it.
///
/// Reported through a handler on the decoder (``GraphJSON/decoder(reportingMismatches:)``,
/// `GraphClientCore`'s `onDecodingMismatch`) rather than listed on each value: a value does not
/// grow a member its type's users must ignore, and one handler sees every mismatch of a
/// response, nested ones included, with its place.
public struct DecodingMismatch: Sendable, CustomStringConvertible {
    /// Receives the mismatches of one decoder.
    public typealias Handler = @Sendable (DecodingMismatch) -> Void

    /// The keys from the body's root to the property (`["value", "0", "fileSize"]`).
    public var codingPath: [String]
    /// The Swift type the property has.
    public var expectedType: String
    /// The value, as sent.
    public var value: JSONValue
    /// Why it did not decode.
    public var reason: String

    public var description: String {
        "\(codingPath.joined(separator: ".")): expected \(expectedType), found \(value) (\(reason))"
    }
}

extension CodingUserInfoKey {
    /// The ``DecodingMismatch/Handler`` of a decoder, boxed (``MismatchHandlerBox``).
    public static let graphDecodingMismatch = CodingUserInfoKey(rawValue: "graphDecodingMismatch")!
}

/// A ``DecodingMismatch/Handler`` as a decoder's `userInfo` holds it.
public final class MismatchHandlerBox: Sendable {
    public let handler: DecodingMismatch.Handler

    public init(_ handler: @escaping DecodingMismatch.Handler) {
        self.handler = handler
    }
}

extension KeyedDecodingContainer {
    /// The value of `key` as `Value`: `nil` when absent; when it does not fit `Value`, `nil` too,
    /// the key put in `mismatched` (its value is then kept in additional data) and the mismatch
    /// reported to `decoder`'s handler. A `null` (which the docs do not allow here: the service
    /// may send it all the same) is kept the same way, without a report. Valid values decode
    /// exactly as `decodeIfPresent` decodes them.
    public func decodeLeniently<Value: Decodable>(
        _ type: Value.Type, forKey key: Key, in decoder: any Decoder, mismatched: inout Set<String>
    ) -> Value? {
        do {
            if let value = try decodeIfPresent(Value.self, forKey: key) { return value }
            if contains(key) { mismatched.insert(key.stringValue) }
            return nil
        } catch {
            mismatched.insert(key.stringValue)
            DecodingMismatch.report(error, expecting: Value.self, at: codingPath + [key], in: decoder)
            return nil
        }
    }

    /// The value of `key` as `Nullable<Value>` (`null` is `.null`), leniently as
    /// ``decodeLeniently(_:forKey:in:mismatched:)``.
    public func decodeNullableLeniently<Value: Decodable>(
        _ type: Value.Type, forKey key: Key, in decoder: any Decoder, mismatched: inout Set<String>
    ) -> Nullable<Value>? {
        do {
            return try decodeNullable(Value.self, forKey: key)
        } catch {
            mismatched.insert(key.stringValue)
            DecodingMismatch.report(error, expecting: Value.self, at: codingPath + [key], in: decoder)
            return nil
        }
    }
}

extension DecodingMismatch {
    /// Tells `decoder`'s handler, if it has one, that the member at `path` (a member of the
    /// value `decoder` decodes) did not decode as `type`.
    ///
    /// Not generic, and kept out of line, on purpose: the lenient decoders above are
    /// specialized for every property of every model, and this slow path, written once,
    /// keeps each of those copies to a few instructions (release builds of large SDKs
    /// compile much faster).
    @inline(never)
    static func report(_ error: any Error, expecting type: any Any.Type, at path: [any CodingKey], in decoder: any Decoder) {
        guard let box = decoder.userInfo[.graphDecodingMismatch] as? MismatchHandlerBox, let key = path.last else { return }
        let members = try? decoder.container(keyedBy: DynamicCodingKey.self)
        let value = (try? members?.decode(JSONValue.self, forKey: DynamicCodingKey(key.stringValue))) ?? .null
        box.handler(DecodingMismatch(
            codingPath: path.map { $0.intValue.map(String.init) ?? $0.stringValue },
            expectedType: String(describing: type), value: value, reason: reason(error)))
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.dataCorrupted(let context),
            DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context):
            context.debugDescription
        default: "\(error)"
        }
    }
}
