import Foundation
import GraphRuntime
import Testing

@Suite("Paths and queries")
struct RequestBuildingTests {
    @Test func pathParametersAreEncodedOutsideUnreservedCharacters() {
        let id = "a/b c'd"
        let path: GraphPath = "/users/\(id)/messages"
        #expect(path.encoded == "/users/a%2Fb%20c%27d/messages")
        #expect(GraphPath("/users/\("AZaz09-._~")").encoded == "/users/AZaz09-._~")
        #expect(GraphPath("/sites/\("contoso.sharepoint.com,1,2")").encoded == "/sites/contoso.sharepoint.com%2C1%2C2")
        #expect(GraphPath("/x/\("é?#%&+=:@[]")").encoded == "/x/%C3%A9%3F%23%25%26%2B%3D%3A%40%5B%5D")
        #expect(GraphPath("/users/\("..")/\(".")").encoded == "/users/%2E%2E/%2E")
        #expect(GraphPath("/items/\(42)/\(FeedingState.hungry)").encoded == "/items/42/hungry")
        #expect(GraphPath("/me/messages").encoded == "/me/messages")
    }

    @Test func aStepAfterAPathBelowAnItemClosesItWithAColon() {
        let item: GraphPath = "/me/drive/root" + ":/\(path: "a/b c.txt")"
        #expect(item.encoded == "/me/drive/root:/a/b%20c.txt")
        #expect((item + "/children").encoded == "/me/drive/root:/a/b%20c.txt:/children")
        #expect((item + "/children" + "/x").encoded == "/me/drive/root:/a/b%20c.txt:/children/x")
        #expect((item + "").encoded == item.encoded)
        // A path closed by its template, or not ending below an item, takes the step as it is.
        #expect((GraphPath("/me/drive/root:/\(path: "a"):") + "/children").encoded == "/me/drive/root:/a:/children")
        #expect((GraphPath("/me/drive/items/\("a")") + "/children").encoded == "/me/drive/items/a/children")
    }

    @Test func queryOptionsRenderInAStableOrder() {
        let query = ODataQuery(
            select: ["id", "displayName"], expand: ["members($select=id)"], filter: "startswith(displayName,'A&B')",
            orderBy: ["displayName desc"], search: "\"displayName:team\"", top: 10, skip: 20, count: true,
            parameters: ["startDateTime": "2021-08-27T10:11:12Z", "endDateTime": "2021-08-28T00:00:00Z"])
        #expect(query.rendered == [
            "$select=id%2CdisplayName",
            "$expand=members%28%24select%3Did%29",
            "$filter=startswith%28displayName%2C%27A%26B%27%29",
            "$orderby=displayName%20desc",
            "$search=%22displayName%3Ateam%22",
            "$top=10", "$skip=20", "$count=true",
            "endDateTime=2021-08-28T00%3A00%3A00Z",
            "startDateTime=2021-08-27T10%3A11%3A12Z",
        ].joined(separator: "&"))
    }

    @Test func anEmptyQueryRendersNothing() {
        #expect(ODataQuery().rendered == "")
        #expect(ODataQuery(top: 1).rendered == "$top=1")
        #expect(ODataQuery(count: false).rendered == "$count=false")
    }
}
