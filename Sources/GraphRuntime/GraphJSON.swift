public import Foundation

/// The JSON coders for Graph payloads. Generated `Codable` code relies on their strategies, so
/// every Graph body is read and written with these, never with a plain `JSONDecoder`.
///
/// - `Date` is an `Edm.DateTimeOffset` literal (see `DateTimeOffset`), 100 ns precision.
/// - `Data` is base64; base64url and missing padding are read too.
/// - Non-finite `Double`s are the strings `"NaN"`, `"INF"`, `"-INF"`, as in OData.
/// - Keys are written sorted and `/` unescaped, so a body's text is stable.
public enum GraphJSON {
    /// A decoder for Graph payloads; with `handler`, each value that does not fit its documented
    /// property (kept in its value's additional data) is reported to it (``DecodingMismatch``).
    public static func decoder(reportingMismatches handler: DecodingMismatch.Handler? = nil) -> JSONDecoder {
        let decoder = JSONDecoder()
        if let handler { decoder.userInfo[.graphDecodingMismatch] = MismatchHandlerBox(handler) }
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            do { return try DateTimeOffset.date(from: text) } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
            }
        }
        decoder.dataDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
            guard let data = Data(base64Encoded: base64) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not base64: \(text)")
            }
            return data
        }
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "INF", negativeInfinity: "-INF", nan: "NaN")
        return decoder
    }

    /// `value` read as another type through its JSON (a derived type as its base: the members
    /// the other type does not declare end up in its additional data).
    public static func converting<Target: Decodable>(_ value: some Encodable, to type: Target.Type) throws -> Target {
        try decoder().decode(Target.self, from: try encoder().encode(value))
    }

    /// An encoder for Graph payloads.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            do { try container.encode(DateTimeOffset.string(from: date)) } catch {
                throw EncodingError.invalidValue(
                    date, .init(codingPath: encoder.codingPath, debugDescription: "\(error)"))
            }
        }
        encoder.dataEncodingStrategy = .base64
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "INF", negativeInfinity: "-INF", nan: "NaN")
        return encoder
    }
}
