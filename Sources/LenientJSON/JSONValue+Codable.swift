/// A coding key for any string or integer, used to encode and decode objects
/// whose keys are only known at run time.
struct JSONCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init(index: Int) {
        stringValue = String(index)
        intValue = index
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        self.init(index: intValue)
    }
}

extension JSONValue: Codable {
    /// Encodes the value; ``JSONValueEncoder`` embeds it as is, other encoders get
    /// its parts (numbers as `Int64`, `UInt64` or `Double`, whichever reads the literal
    /// exactly first; keys through containers, so duplicates may collapse), or, when their
    /// `userInfo` sets ``losslessCoding``, its lossless form.
    public func encode(to encoder: any Encoder) throws {
        if let slotEncoder = encoder as? SlotEncoder {
            slotEncoder.slot.content = .value(self)
            return
        }
        if Self.isLossless(encoder.userInfo) {
            try encodeLossless(to: encoder)
            return
        }
        switch content {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let literal):
            var container = encoder.singleValueContainer()
            if let integer = Int64(literal) {
                try container.encode(integer)
            } else if let unsigned = UInt64(literal) {
                try container.encode(unsigned)
            } else if let double = Double(literal), double.isFinite {
                try container.encode(double)
            } else {
                try container.encodeNil()
            }
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements {
                try container.encode(element)
            }
        case .object(let members):
            var container = encoder.container(keyedBy: JSONCodingKey.self)
            for member in members {
                try container.encode(member.value, forKey: JSONCodingKey(member.key))
            }
        }
    }

    /// Decodes any JSON value. Decoders do not report member order, so objects
    /// come out in the order of the decoder's `allKeys`; read text with
    /// ``LenientJSONReader`` to keep it. When the decoder's `userInfo` sets
    /// ``losslessCoding``, decodes the lossless form instead.
    public init(from decoder: any Decoder) throws {
        if Self.isLossless(decoder.userInfo) {
            try self.init(losslessFrom: decoder)
            return
        }
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() {
                self.init(.null)
                return
            }
            if let value = try? container.decode(Bool.self) {
                self.init(.bool(value))
                return
            }
            if let value = try? container.decode(Int64.self) {
                self.init(.number(String(value)))
                return
            }
            if let value = try? container.decode(UInt64.self) {
                self.init(.number(String(value)))
                return
            }
            if let value = try? container.decode(Double.self) {
                self.init(.number(JSONNumberLiteral.shortestLiteral(for: value)))
                return
            }
            if let value = try? container.decode(String.self) {
                self.init(.string(value))
                return
            }
        }
        if let container = try? decoder.container(keyedBy: JSONCodingKey.self) {
            var members: [JSONMember] = []
            for key in container.allKeys {
                members.append(JSONMember(key.stringValue, try container.decode(JSONValue.self, forKey: key)))
            }
            self.init(.object(members))
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !container.isAtEnd {
                elements.append(try container.decode(JSONValue.self))
            }
            self.init(.array(elements))
            return
        }
        throw DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "The value is not a JSON value."))
    }
}
