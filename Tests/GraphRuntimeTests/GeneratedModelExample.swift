import Foundation
import GraphRuntime

// Hand-written the way the generator is meant to write models, for an invented `contoso.zoo`
// API: an open enumeration, a base type with a derived type and the enum that holds either,
// every property optional, `Nullable` where `null` is meaningful, additional data kept.

/// contoso.zoo.feedingState
struct FeedingState: OpenEnum {
    let rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static var hungry: Self { Self(rawValue: "hungry") }
    static var fed: Self { Self(rawValue: "fed") }
    static var unknownFutureValue: Self { Self(rawValue: "unknownFutureValue") }
}

/// contoso.zoo.animal: a base type; where the API expects one, the model uses `AnyAnimal`.
struct Animal: Codable, Hashable, Sendable {
    static let odataTypeName = "contoso.zoo.animal"

    /// `@odata.type` as read (the type of an unknown derived type stays here), else this type.
    var odataType = "#" + Animal.odataTypeName
    var id: String?
    var name: Nullable<String>?
    var feedingState: FeedingState?
    var bornOn: GraphDate?
    var additionalData: [String: JSONValue] = [:]

    init(id: String? = nil, name: Nullable<String>? = nil) {
        self.id = id
        self.name = name
    }

    static let memberNames: Set<String> = ["@odata.type", "id", "name", "feedingState", "bornOn"]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        var mismatched: Set<String> = []
        odataType = try container.decodeIfPresent(String.self, forKey: "@odata.type") ?? odataType
        id = container.decodeLeniently(String.self, forKey: "id", in: decoder, mismatched: &mismatched)
        name = container.decodeNullableLeniently(String.self, forKey: "name", in: decoder, mismatched: &mismatched)
        feedingState = container.decodeLeniently(FeedingState.self, forKey: "feedingState", in: decoder, mismatched: &mismatched)
        bornOn = container.decodeLeniently(GraphDate.self, forKey: "bornOn", in: decoder, mismatched: &mismatched)
        additionalData = try decoder.decodeAdditionalData(excluding: Self.memberNames, keeping: mismatched)
    }

    func encode(to encoder: any Encoder) throws {
        try encoder.encodeAdditionalData(additionalData)
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(odataType, forKey: "@odata.type")
        try container.encodeIfPresent(id, forKey: "id")
        try container.encodeNullable(name, forKey: "name")
        try container.encodeIfPresent(feedingState, forKey: "feedingState")
        try container.encodeIfPresent(bornOn, forKey: "bornOn")
    }
}

/// contoso.zoo.lion, derived from contoso.zoo.animal: a struct with the inherited properties
/// flattened in.
struct Lion: Codable, Hashable, Sendable {
    static let odataTypeName = "contoso.zoo.lion"

    var odataType = "#" + Lion.odataTypeName
    var id: String?
    var name: Nullable<String>?
    var feedingState: FeedingState?
    var bornOn: GraphDate?
    var maneLength: Nullable<Double>?
    var lastFed: Date?
    var additionalData: [String: JSONValue] = [:]

    init(id: String? = nil, name: Nullable<String>? = nil, maneLength: Nullable<Double>? = nil) {
        self.id = id
        self.name = name
        self.maneLength = maneLength
    }

    static let memberNames: Set<String> = ["@odata.type", "id", "name", "feedingState", "bornOn", "maneLength", "lastFed"]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        var mismatched: Set<String> = []
        odataType = try container.decodeIfPresent(String.self, forKey: "@odata.type") ?? odataType
        id = container.decodeLeniently(String.self, forKey: "id", in: decoder, mismatched: &mismatched)
        name = container.decodeNullableLeniently(String.self, forKey: "name", in: decoder, mismatched: &mismatched)
        feedingState = container.decodeLeniently(FeedingState.self, forKey: "feedingState", in: decoder, mismatched: &mismatched)
        bornOn = container.decodeLeniently(GraphDate.self, forKey: "bornOn", in: decoder, mismatched: &mismatched)
        maneLength = container.decodeNullableLeniently(Double.self, forKey: "maneLength", in: decoder, mismatched: &mismatched)
        lastFed = container.decodeLeniently(Date.self, forKey: "lastFed", in: decoder, mismatched: &mismatched)
        additionalData = try decoder.decodeAdditionalData(excluding: Self.memberNames, keeping: mismatched)
    }

    func encode(to encoder: any Encoder) throws {
        try encoder.encodeAdditionalData(additionalData)
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(odataType, forKey: "@odata.type")
        try container.encodeIfPresent(id, forKey: "id")
        try container.encodeNullable(name, forKey: "name")
        try container.encodeIfPresent(feedingState, forKey: "feedingState")
        try container.encodeIfPresent(bornOn, forKey: "bornOn")
        try container.encodeNullable(maneLength, forKey: "maneLength")
        try container.encodeIfPresent(lastFed, forKey: "lastFed")
    }
}

/// An animal of any type: the decoding entry of the base type, which reads `@odata.type`
/// first and decodes the derived type it names; an unknown name decodes as the base type.
enum AnyAnimal: Codable, Hashable, Sendable {
    case animal(Animal)
    case lion(Lion)

    init(from decoder: any Decoder) throws {
        switch try decoder.decodeODataTypeName() {
        case Lion.odataTypeName: self = .lion(try Lion(from: decoder))
        default: self = .animal(try Animal(from: decoder))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .animal(let animal): try animal.encode(to: encoder)
        case .lion(let lion): try lion.encode(to: encoder)
        }
    }
}

/// contoso.zoo.enclosure: a type with a polymorphic collection and untyped data.
struct Enclosure: Codable, Hashable, Sendable {
    var residents: [AnyAnimal]?
    var layout: JSONValue?
    var additionalData: [String: JSONValue] = [:]

    static let memberNames: Set<String> = ["residents", "layout"]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        var mismatched: Set<String> = []
        residents = container.decodeLeniently([AnyAnimal].self, forKey: "residents", in: decoder, mismatched: &mismatched)
        layout = container.decodeLeniently(JSONValue.self, forKey: "layout", in: decoder, mismatched: &mismatched)
        additionalData = try decoder.decodeAdditionalData(excluding: Self.memberNames, keeping: mismatched)
    }

    func encode(to encoder: any Encoder) throws {
        try encoder.encodeAdditionalData(additionalData)
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encodeIfPresent(residents, forKey: "residents")
        try container.encodeIfPresent(layout, forKey: "layout")
    }
}
