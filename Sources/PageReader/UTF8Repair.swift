/// Finds and neutralizes bytes that are not valid UTF-8.
enum UTF8Repair {
    /// Replaces each byte of an invalid UTF-8 sequence with `?`, one for one, so
    /// that every later byte keeps its offset (and its line and column).
    /// - Returns: The offset of the first invalid byte and how many were replaced, or `nil` when the text is valid.
    static func replaceInvalidSequences(in array: inout [UInt8]) -> (first: Int, count: Int)? {
        array.withUnsafeMutableBufferPointer { bytes in replaceInvalidSequences(in: bytes) }
    }

    private static func replaceInvalidSequences(in bytes: UnsafeMutableBufferPointer<UInt8>) -> (first: Int, count: Int)? {
        var first: Int?
        var count = 0
        var index = 0
        let total = bytes.count
        while index < total {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                index += length
                continue
            }
            if first == nil { first = index }
            count += 1
            bytes[index] = UInt8(ascii: "?")
            index += 1
        }
        return first.map { ($0, count) }
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when it is not valid.
    private static func sequenceLength(_ bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
        return length
    }
}
