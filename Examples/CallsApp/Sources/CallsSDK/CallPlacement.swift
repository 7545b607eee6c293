/// What the app does with the generated client, kept in the library so that tests can run it.
public enum CallPlacement {
    /// The call a bot places: an audio call whose notifications go to `callbackURI`.
    public static func call(callbackURI: String) -> Graph.Call {
        var call = Graph.Call()
        call.callbackUri = .value(callbackURI)
        call.requestedModalities = .value(["audio"])
        return call
    }

    /// Creates ``call(callbackURI:)`` through `graph` (`POST /communications/calls`) and
    /// returns the call the service answered with.
    public static func place(callbackURI: String, with graph: GraphClient) async throws -> Graph.Call {
        try await graph.communications.calls.create(call(callbackURI: callbackURI))
    }
}
