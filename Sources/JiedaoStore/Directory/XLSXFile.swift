import Foundation
import JiedaoCore
import ZIPFoundation

/// Zips workbook parts into an .xlsx file's bytes (deflated, in memory).
public enum XLSXFile {
    public static func bytes(_ parts: [(path: String, bytes: [UInt8])]) throws(StoreError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                }
            }
            guard let data = archive.data else { throw StoreError.encoding("the workbook could not be assembled") }
            return [UInt8](data)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.encoding("\(error)")
        }
    }

    /// The parts of an .xlsx read back (for checks and tests).
    public static func parts(of bytes: [UInt8]) throws(StoreError) -> [String: [UInt8]] {
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            var parts: [String: [UInt8]] = [:]
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                parts[entry.path] = [UInt8](data)
            }
            return parts
        } catch {
            throw StoreError.encoding("not a readable workbook: \(error)")
        }
    }
}
