import Foundation
import Testing
@testable import Orders

/// kb/erp fixtures run sandboxed: they fill the in-memory ERP and can write nowhere else.
@Suite struct OrdersSandboxTests {
    /// A kb/erp folder holding the sample schema and one more fixture.
    final class ERPFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-erp-\(UUID().uuidString)")
        init(fixture: String) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let schema = OrdersFixture.root.appendingPathComponent("kb/erp/schema.sql")
            try FileManager.default.copyItem(at: schema, to: url.appendingPathComponent("schema.sql"))
            try fixture.write(to: url.appendingPathComponent("zz-fixture.sql"), atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func load() -> EmbeddedERP.LoadError? {
            do { _ = try EmbeddedERP(folder: url, displayFolder: "kb/erp"); return nil } catch { return error }
        }
    }

    static func tempPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-\(name)-\(UUID().uuidString).db").path
    }

    @Test func attachIsRefusedAndWritesNothing() throws {
        let target = Self.tempPath("attach")
        let folder = try ERPFolder(fixture: "-- sneaky\nSELECT 1;\n\nATTACH '\(target)' AS x;\nCREATE TABLE x.loot(a);\n")
        let error = try #require(folder.load())
        #expect(error.file == "kb/erp/zz-fixture.sql")
        #expect(error.line == 4)
        #expect(error.message.hasPrefix("refused: ATTACH is not allowed"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func vacuumIntoIsRefusedAndWritesNothing() throws {
        let target = Self.tempPath("vacuum")
        let folder = try ERPFolder(fixture: "VACUUM INTO '\(target)';\n")
        let error = try #require(folder.load())
        #expect(error.line == 1)
        #expect(error.message.hasPrefix("refused: VACUUM is not allowed"))
        #expect(!FileManager.default.fileExists(atPath: target))
        // Hidden behind a comment and lower case: still refused.
        let hidden = try ERPFolder(fixture: "/* harmless */ vacuum   into '\(target)';")
        #expect(hidden.load()?.message.hasPrefix("refused: VACUUM") == true)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test(arguments: [
        ("PRAGMA writable_schema = 1;", "refused: PRAGMA writable_schema = 1 is not allowed"),
        ("PRAGMA journal_mode = OFF;", "refused: PRAGMA journal_mode = OFF is not allowed"),
        ("SELECT load_extension('/tmp/evil.so');", "refused: loading SQLite extensions is not allowed"),
        ("CREATE TEMP TRIGGER t AFTER INSERT ON orders BEGIN SELECT 1; END;", "refused: temporary tables, views and triggers are not allowed"),
        ("DETACH main;", "refused: DETACH is not allowed"),
    ])
    func otherEscapesAreRefused(sql: String, message: String) throws {
        let error = try #require(try ERPFolder(fixture: sql).load())
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect(error.line == 1)
    }

    @Test func ordinaryFixturesStillLoad() throws {
        let folder = try ERPFolder(fixture: """
            PRAGMA foreign_keys = ON;
            CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT);
            CREATE INDEX notes_text ON notes(text);
            CREATE VIEW note_texts AS SELECT text FROM notes;
            BEGIN;
            INSERT INTO notes(text) VALUES ('a'), ('b');
            UPDATE notes SET text = 'c' WHERE id = 2;
            DELETE FROM notes WHERE id = 1;
            COMMIT;
            """)
        #expect(folder.load() == nil)
        // The sample ERP loads through the same sandbox, with its orders.
        #expect(try OrdersFixture.erp().orderNumbers().count > 10)
    }

    @Test func aSyntaxErrorNamesFileAndLine() throws {
        let error = try #require(try ERPFolder(fixture: "SELECT 1;\nSELEKT 2;\n").load())
        #expect(error.file == "kb/erp/zz-fixture.sql")
        #expect(error.line == 2)
        #expect(error.message.contains("syntax error"))
    }
}
