// Copied by graphdocgen from its runtime (Sources/GraphMocks/MockPathTemplate.swift). Do not edit.

import Foundation

/// A documented path template as a mock matches it: step by step, names without case, each
/// `{…}` standing for any text (a key, a function's argument, a path below an item).
///
/// Written by hand because no library matches OData paths: a step is split at `/` only
/// outside quotes and parentheses (`range(address='A1:B2')`), and a path below an item
/// (`root:/folder/file.txt:`) is one step whatever its `/`s. (The generator splits template
/// text the same way in `ODataTextSplitting`; this module is copied into generated packages,
/// which do not contain the generator, so it has its own.)
struct MockPathTemplate: Hashable, Sendable {
    private enum Piece: Hashable, Sendable {
        /// Fixed text, lowercased.
        case text(String)
        /// Any text but none.
        case value
    }

    private let steps: [[Piece]]

    /// Reads `template` (`/drives/{drive-id}/root:/{item-path}:/content`).
    init(_ template: String) {
        steps = Self.steps(of: template).map(Self.pieces)
    }

    /// How closely `path` (below the service root, without its query) matches: the number of
    /// fixed characters its steps matched, more for a closer match; `nil` when it does not match.
    func match(_ path: String) -> Int? {
        let requested = Self.steps(of: path).map { $0.lowercased() }
        guard requested.count == steps.count else { return nil }
        var score = 0
        for (pieces, step) in zip(steps, requested) {
            // A key is never a system segment (`$count`, `$ref`, `$value`).
            if pieces == [.value], step.hasPrefix("$") { return nil }
            guard let matched = Self.match(pieces[...], step[...]) else { return nil }
            score += matched
        }
        return score
    }

    /// The steps of `path`, percent-decoded: split at `/` outside quotes and parentheses, empty
    /// ones left out, and the steps after one ending with `:` up to the next ending with `:`
    /// joined as one step, the path below an item (`root:`, `:/folder/file.txt`).
    static func steps(of path: String) -> [String] {
        var raw: [String] = []
        var current = ""
        var quoted = false
        var depth = 0
        for character in path {
            switch character {
            case "'": quoted.toggle()
            case "(" where !quoted: depth += 1
            case ")" where !quoted: depth = max(0, depth - 1)
            case "/" where !quoted && depth == 0:
                if !current.isEmpty { raw.append(current) }
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        if !current.isEmpty { raw.append(current) }

        var steps: [String] = []
        var rest = raw[...]
        while let step = rest.popFirst() {
            let decoded = step.removingPercentEncoding ?? step
            guard decoded.count > 1, decoded.hasSuffix(":") else {
                steps.append(decoded)
                continue
            }
            steps.append(String(decoded.dropLast()))
            var address = ":"
            while let part = rest.popFirst() {
                let decodedPart = part.removingPercentEncoding ?? part
                address += "/" + (decodedPart.hasSuffix(":") ? String(decodedPart.dropLast()) : decodedPart)
                if decodedPart.hasSuffix(":") { break }
            }
            if address != ":" { steps.append(address) }
        }
        return steps
    }

    /// A template step as fixed text and values.
    private static func pieces(_ step: String) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var inValue = false
        for character in step {
            if !inValue, character == "{" {
                if !text.isEmpty { pieces.append(.text(text.lowercased())) }
                text = ""
                inValue = true
            } else if inValue, character == "}" {
                pieces.append(.value)
                inValue = false
            } else if !inValue {
                text.append(character)
            }
        }
        if !text.isEmpty { pieces.append(.text(text.lowercased())) }
        return pieces
    }

    /// The fixed characters `pieces` matched in all of `text`, or `nil`.
    private static func match(_ pieces: ArraySlice<Piece>, _ text: Substring) -> Int? {
        guard let piece = pieces.first else { return text.isEmpty ? 0 : nil }
        switch piece {
        case .text(let fixed):
            guard text.hasPrefix(fixed) else { return nil }
            return match(pieces.dropFirst(), text.dropFirst(fixed.count)).map { $0 + fixed.count }
        case .value:
            var end = text.startIndex
            while end < text.endIndex {
                end = text.index(after: end)
                if let matched = match(pieces.dropFirst(), text[end...]) { return matched }
            }
            return nil
        }
    }
}
