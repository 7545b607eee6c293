/// A place in the tree being encoded, filled by a single value or a container.
final class EncodingSlot {
    enum Content {
        case unset
        case value(JSONValue)
        case array(ArrayStorage)
        case object(ObjectStorage)
    }

    var content: Content = .unset

    /// The array storage of the slot, replacing any other content.
    func arrayStorage() -> ArrayStorage {
        if case .array(let storage) = content { return storage }
        let storage = ArrayStorage()
        content = .array(storage)
        return storage
    }

    /// The object storage of the slot, replacing any other content.
    func objectStorage() -> ObjectStorage {
        if case .object(let storage) = content { return storage }
        let storage = ObjectStorage()
        content = .object(storage)
        return storage
    }

    /// The value the slot holds; an unset slot is `{}`.
    func makeValue() -> JSONValue {
        switch content {
        case .unset:
            return JSONValue(.object([]))
        case .value(let value):
            return value
        case .array(let storage):
            return JSONValue(.array(storage.slots.map { $0.makeValue() }))
        case .object(let storage):
            return JSONValue(.object(zip(storage.keys, storage.slots).map { JSONMember($0, $1.makeValue()) }))
        }
    }
}

/// The elements of an array being encoded.
final class ArrayStorage {
    var slots: [EncodingSlot] = []

    func appendSlot() -> EncodingSlot {
        let slot = EncodingSlot()
        slots.append(slot)
        return slot
    }
}

/// The members of an object being encoded, in the order their keys were first used.
final class ObjectStorage {
    var keys: [String] = []
    var slots: [EncodingSlot] = []
    private var indexByKey: [String: Int] = [:]

    /// The slot of `key`, created at the end if the key is new.
    func slot(forKey key: String) -> EncodingSlot {
        if let index = indexByKey[key] { return slots[index] }
        let slot = EncodingSlot()
        indexByKey[key] = slots.count
        keys.append(key)
        slots.append(slot)
        return slot
    }
}

/// The `Encoder` handed to values' `encode(to:)`: it fills one slot.
final class SlotEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    init(slot: EncodingSlot, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.slot = slot
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedSlotContainer<Key>(storage: slot.objectStorage(), encoder: self, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedSlotContainer(storage: slot.arrayStorage(), encoder: self, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueSlotContainer(slot: slot, encoder: self, codingPath: codingPath)
    }

    /// Encodes `value` into `slot`, embedding a ``JSONValue`` as is.
    func encode<T: Encodable>(_ value: T, into slot: EncodingSlot, codingPath: [any CodingKey]) throws {
        if let json = value as? JSONValue {
            slot.content = .value(json)
            return
        }
        try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath, userInfo: userInfo))
    }

    /// An encoder for a nested slot.
    func nested(_ slot: EncodingSlot, codingPath: [any CodingKey]) -> SlotEncoder {
        SlotEncoder(slot: slot, codingPath: codingPath, userInfo: userInfo)
    }
}

/// The JSON values of scalars.
enum ScalarEncoding {
    static func number(_ value: some BinaryInteger) -> JSONValue {
        JSONValue(.number(String(value)))
    }

    static func number(_ value: Double, codingPath: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(value) cannot be written in JSON."))
        }
        return JSONValue(.number(JSONNumberLiteral.shortestLiteral(for: value)))
    }

    static func number(_ value: Float, codingPath: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(value) cannot be written in JSON."))
        }
        return JSONValue(.number(JSONNumberLiteral.shortestLiteral(for: value)))
    }
}

struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: ObjectStorage
    let encoder: SlotEncoder
    let codingPath: [any CodingKey]

    private func set(_ value: JSONValue, forKey key: Key) {
        storage.slot(forKey: key.stringValue).content = .value(value)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, forKey: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), forKey: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), forKey: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try ScalarEncoding.number(value, codingPath: codingPath + [key]), forKey: key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try ScalarEncoding.number(value, codingPath: codingPath + [key]), forKey: key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128, forKey key: Key) throws { set(ScalarEncoding.number(value), forKey: key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.encode(value, into: storage.slot(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.nested(storage.slot(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.nested(storage.slot(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = JSONCodingKey("super")
        return encoder.nested(storage.slot(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.nested(storage.slot(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let storage: ArrayStorage
    let encoder: SlotEncoder
    let codingPath: [any CodingKey]

    var count: Int { storage.slots.count }

    private var nextKey: JSONCodingKey { JSONCodingKey(index: storage.slots.count) }

    private func append(_ value: JSONValue) {
        storage.appendSlot().content = .value(value)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(try ScalarEncoding.number(value, codingPath: codingPath + [nextKey])) }
    mutating func encode(_ value: Float) throws { append(try ScalarEncoding.number(value, codingPath: codingPath + [nextKey])) }
    mutating func encode(_ value: Int) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int8) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int16) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int32) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int64) throws { append(ScalarEncoding.number(value)) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt8) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt16) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt32) throws { append(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt64) throws { append(ScalarEncoding.number(value)) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) throws { append(ScalarEncoding.number(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = nextKey
        try encoder.encode(value, into: storage.appendSlot(), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        return encoder.nested(storage.appendSlot(), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        return encoder.nested(storage.appendSlot(), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = nextKey
        return encoder.nested(storage.appendSlot(), codingPath: codingPath + [key])
    }
}

struct SingleValueSlotContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    let encoder: SlotEncoder
    let codingPath: [any CodingKey]

    private func set(_ value: JSONValue) {
        slot.content = .value(value)
    }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try ScalarEncoding.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Float) throws { set(try ScalarEncoding.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Int) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int8) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int16) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int32) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: Int64) throws { set(ScalarEncoding.number(value)) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt8) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt16) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt32) throws { set(ScalarEncoding.number(value)) }
    mutating func encode(_ value: UInt64) throws { set(ScalarEncoding.number(value)) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) throws { set(ScalarEncoding.number(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.encode(value, into: slot, codingPath: codingPath)
    }
}
