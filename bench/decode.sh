#!/usr/bin/env bash
# Decode throughput of valid values: a model struct decoded the way generated code decoded it
# before lenient decoding (`decodeIfPresent` / `decodeNullable`, throwing on a mismatch, keyed by
# a `CodingKeys` enumeration, a held model inline) and the way it does now (`decodeLeniently` /
# `decodeNullableLeniently`, keeping a mismatch, keyed by `DynamicCodingKey` literals, a held
# model in an `Indirect` box, the function itself not optimized), with the runtime's own sources
# compiled with -O, measured in one run, alternating. Prints objects per second of each and the
# ratio now / before (1.00: as fast).
#
# Usage: bench/decode.sh [OBJECTS] [ROUNDS]   (default 20000 objects, 5 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
objects=${1:-20000}
rounds=${2:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The runtime's files that need neither swift-http-types nor swift-openapi-runtime.
for file in Sources/GraphRuntime/*.swift; do
    grep -q "HTTPTypes\|OpenAPIRuntime" "$file" || cp "$file" "$out/"
done
cat >"$out/main.swift" <<'SWIFT'
import Foundation

struct Kind: OpenEnum { let rawValue: String; init(rawValue: String) { self.rawValue = rawValue } }

/// The properties of a typical entity, decoded as generated code did before.
struct Strict: Codable {
    var id: String?; var name: Nullable<String>?; var size: Int64?; var ratio: Nullable<Double>?
    var created: Date?; var kind: Kind?; var tags: [String]?; var owner: Nullable<Owner>?
    var additionalData: [String: JSONValue] = [:]
    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, size, ratio, created, kind, tags, owner }
    static let memberNames = Set(CodingKeys.allCases.map(\.stringValue))
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        name = try container.decodeNullable(String.self, forKey: .name)
        size = try container.decodeIfPresent(Int64.self, forKey: .size)
        ratio = try container.decodeNullable(Double.self, forKey: .ratio)
        created = try container.decodeIfPresent(Date.self, forKey: .created)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind)
        tags = try container.decodeIfPresent([String].self, forKey: .tags)
        owner = try container.decodeNullable(Owner.self, forKey: .owner)
        additionalData = try decoder.decodeAdditionalData(excluding: Self.memberNames)
    }
}

/// The same, decoded as generated code does now.
struct Lenient: Codable {
    var id: String?; var name: Nullable<String>?; var size: Int64?; var ratio: Nullable<Double>?
    var created: Date?; var kind: Kind?; var tags: [String]?
    var owner: Nullable<Owner>? {
        get { _owner?.value }
        set { _owner = newValue.map(Indirect.init) }
    }
    private var _owner: Indirect<Nullable<Owner>>?
    var additionalData: [String: JSONValue] = [:]
    private static let memberNames: Set<String> = ["id", "name", "size", "ratio", "created", "kind", "tags", "owner"]
    @_optimize(none) init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        var mismatched: Set<String> = []
        id = container.decodeLeniently(String.self, forKey: "id", in: decoder, mismatched: &mismatched)
        name = container.decodeNullableLeniently(String.self, forKey: "name", in: decoder, mismatched: &mismatched)
        size = container.decodeLeniently(Int64.self, forKey: "size", in: decoder, mismatched: &mismatched)
        ratio = container.decodeNullableLeniently(Double.self, forKey: "ratio", in: decoder, mismatched: &mismatched)
        created = container.decodeLeniently(Date.self, forKey: "created", in: decoder, mismatched: &mismatched)
        kind = container.decodeLeniently(Kind.self, forKey: "kind", in: decoder, mismatched: &mismatched)
        tags = container.decodeLeniently([String].self, forKey: "tags", in: decoder, mismatched: &mismatched)
        _owner = container.decodeNullableLeniently(Owner.self, forKey: "owner", in: decoder, mismatched: &mismatched).map(Indirect.init)
        additionalData = try decoder.decodeAdditionalData(excluding: Self.memberNames, keeping: mismatched)
    }
    @_optimize(none) func encode(to encoder: any Encoder) throws {
        try encoder.encodeAdditionalData(additionalData)
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encodeIfPresent(id, forKey: "id")
        try container.encodeNullable(owner, forKey: "owner")
    }
}

struct Owner: Codable { var displayName: String?; var id: String? }

let objects = Int(CommandLine.arguments[1])!, rounds = Int(CommandLine.arguments[2])!
var items: [String] = []
for i in 0..<objects {
    items.append(#"{"id":"item-\#(i)","name":\#(i % 7 == 0 ? "null" : "\"Name \(i)\""),"size":\#(Int64(i) * 3_000_000_007),"ratio":\#(Double(i) / 7),"created":"2021-08-27T10:11:\#(String(format: "%02d", i % 60)).5Z","kind":"k\#(i % 3)","tags":["a","b"],"owner":{"displayName":"Ann","id":"o\#(i)"},"@odata.etag":"W/\"\#(i)\""}"#)
}
let data = Data(("[" + items.joined(separator: ",") + "]").utf8)
func measure<T: Decodable>(_ type: T.Type) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let decoded = try! GraphJSON.decoder().decode([T].self, from: data)
    precondition(decoded.count == objects)
    return Double(objects) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
_ = measure(Strict.self); _ = measure(Lenient.self)  // warm up
var strict: [Double] = [], lenient: [Double] = []
for _ in 0..<rounds {
    strict.append(measure(Strict.self))
    lenient.append(measure(Lenient.self))
}
let s = strict.sorted()[rounds / 2], l = lenient.sorted()[rounds / 2]
print(String(format: "strict, CodingKeys (before): %.0f objects/s (median of %d)", s, rounds))
print(String(format: "lenient, as generated now:  %.0f objects/s (median of %d)", l, rounds))
print(String(format: "ratio now / before:         %.2f", l / s))
SWIFT
swiftc -O -module-name DecodeBench "$out"/*.swift -o "$out/decode" 2>&1 | grep -v "^$" | grep -E "error" && exit 1
"$out/decode" "$objects" "$rounds"
