import Crypto
import Foundation

/// The SHA-256 digest of some bytes, written as 64 lowercase hex digits.
///
/// The generation cache compares contents, not modification times: a page that is touched
/// but not changed keeps its digest.
public struct ContentDigest: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The digest in lowercase hex.
    public let hex: String

    /// The digest of `bytes`.
    public init(of bytes: some DataProtocol) {
        self.init(SHA256.hash(data: bytes))
    }

    /// The digest of `text`'s UTF-8 bytes.
    public init(of text: String) {
        self.init(of: Data(text.utf8))
    }

    /// The digest a SHA-256 computation finished with.
    public init(_ digest: SHA256.Digest) {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(SHA256.byteCount * 2)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        self.hex = String(decoding: hex, as: UTF8.self)
    }

    public init(from decoder: any Decoder) throws {
        hex = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    public var description: String { hex }
}
