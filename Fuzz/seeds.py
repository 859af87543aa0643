#!/usr/bin/env python3
"""Writes the seed corpus for the fuzzers (no Swift build needed).

    Fuzz/seeds.py snapshot DIR   # the committed v1 golden file and variants rebuilt from it
    Fuzz/seeds.py journal DIR    # small valid journals, framed as docs/snapshot-format.md §2 says

Journal seeds hold one record per kind of Edit, encoded the way Swift's synthesized
Codable encodes them (the JSON a real journal holds), with correct CRC-32C frames.
Fuzz/run.sh adds a journal written by the real binary when .build/debug/jiedao exists.
"""
import json, os, struct, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def crc32c(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFF

assert crc32c(b"123456789") == 0xE3069283

def header(base=0, version=1):
    return b"JIEDAOJL" + struct.pack("<IIQ", version, 0, base)

def frame(sequence, edit, inverse=None, user=0, login="admin", time=1795744800):
    entry = {"sequence": sequence, "user": user, "login": login, "time": time, "edit": edit}
    if inverse is not None:
        entry["inverse"] = inverse
    payload = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
    body = struct.pack("<Q", sequence) + payload
    return struct.pack("<II", len(payload), crc32c(body)) + body

def ref(kind, i):
    return {"kind": kind, "id": i}

def text(s):
    return {"text": {"_0": s}}

SETTINGS = {"version": 0, "streetName": "侨香街道", "timeZone": "Asia/Shanghai", "defaultBudget": 2000000,
            "emergencyLimit": {"hours": {"_0": 24}}, "consultationLimit": {"workingDays": {"_0": 3}},
            "generalLimit": {"workingDays": {"_0": 5}}, "complexLimit": {"workingDays": {"_0": 15}},
            "overrides": [{"category": 1, "urgency": 2, "limit": {"workingDays": {"_0": 10}}}]}
APPEAL_PROGRESS = {"state": 1, "handlerKind": 1, "handler": 0, "deadline": 1795831200, "dispatchedAt": 1795744800,
                   "resolvedAt": 0, "closedAt": 0, "redoCount": 0, "urgeCount": 0, "extensionCount": 0,
                   "isSupervised": False, "resolvedLate": False, "speed": 0, "effect": 0, "attitude": 0, "feedback": 0,
                   "mergedInto": -1, "lastEvent": 0}
PROJECT_PROGRESS = {"state": 1, "votesFor": 7, "votesAgainst": 1, "score": 0, "movedAt": 1795744800}

EDITS = [
    ({"create": {"_0": 0, "_1": [{"key": "name", "value": text("侨香社区")}, {"key": "grids", "value": {"int": {"_0": 12}}}]}},
     {"discard": {"_0": ref(0, 0), "version": 1}}),
    ({"update": {"_0": ref(1, 0), "version": 1, "_2": [{"key": "households", "value": {"int": {"_0": 1}}},
                                                       {"key": "owners_term_end", "value": {"day": {"_0": 20800}}},
                                                       {"key": "has_committee", "value": {"bool": {"_0": True}}},
                                                       {"key": "note", "value": {"none": {}}}]}},
     {"update": {"_0": ref(1, 0), "version": 2, "_2": [{"key": "households", "value": {"int": {"_0": 644}}}]}}),
    ({"delete": {"_0": ref(2, 3), "version": 4}}, {"restore": {"_0": ref(2, 3), "version": 5}}),
    ({"moveAppeal": {"_0": 0, "version": 1, "_2": {"dispatch": {"_0": 1, "handler": 0, "deadline": 1795831200}}, "note": "分拨"}},
     {"revertAppeal": {"_0": 0, "version": 2, "to": APPEAL_PROGRESS}}),
    ({"moveAppeal": {"_0": 0, "version": 3, "_2": {"evaluate": {"_0": {"speed": 1, "effect": 2, "attitude": 1, "feedback": 3},
                                                                 "redoDeadline": 0}}, "note": ""}}, None),
    ({"moveAppeal": {"_0": 1, "version": 1, "_2": {"merge": {"into": 0}}, "note": "合并"}}, None),
    ({"moveAppeal": {"_0": 2, "version": 1, "_2": {"accept": {}}, "note": "\u001b[31m"}}, None),
    ({"moveProject": {"_0": 0, "version": 1, "_2": {"deliberate": {"votesFor": 7, "votesAgainst": 1}}, "note": "评议"}},
     {"revertProject": {"_0": 0, "version": 2, "to": PROJECT_PROGRESS}}),
    ({"moveProject": {"_0": 0, "version": 2, "_2": {"accept": {"score": 90}}, "note": ""}}, None),
    ({"changeSettings": {"version": 0, "_1": SETTINGS}}, None),
    ({"reveal": {"_0": ref(4, 7)}}, None),
    ({"update": {"_0": ref(8, 0), "version": 1, "_2": [{"key": "login", "value": text("zhang.wei")},
                                                       {"key": "at", "value": {"time": {"_0": 1795744800}}}]}}, None),
]

def journal_seeds():
    seeds = {}
    seeds["empty"] = b""
    seeds["header-only"] = header()
    seeds["torn-header"] = header()[:11]
    all_records = header(base=0)
    for i, (edit, inverse) in enumerate(EDITS):
        all_records += frame(i + 1, edit, inverse)
    seeds["all-edits"] = all_records
    for i, (edit, inverse) in enumerate(EDITS):
        seeds[f"edit-{i:02}"] = header(base=41) + frame(42, edit, inverse, user=-1 if i == 0 else 0)
    two = header(base=7) + frame(8, EDITS[1][0], EDITS[1][1]) + frame(9, EDITS[2][0])
    seeds["two-records"] = two
    seeds["torn-tail"] = two + frame(10, EDITS[10][0])[:-5]
    seeds["zero-tail"] = two + bytes(40)
    return seeds

def parse_snapshot(b):
    """(header, [[kind, record size, count, data]]) of a well-formed snapshot."""
    n = struct.unpack_from("<I", b, 32)[0]
    sections = []
    for i in range(n):
        kind, size, count, offset, length = struct.unpack_from("<IIQQQ", b, 64 + 32 * i)
        sections.append([kind, size, count, bytes(b[offset:offset + length])])
    return bytes(b[:64]), sections

def build_snapshot(header, sections):
    """A snapshot laid out as the v1 writer does: table, 8-aligned sections, CRC trailer."""
    out = bytearray(header)
    struct.pack_into("<I", out, 32, len(sections))
    offset = 64 + 32 * len(sections)
    table, data = bytearray(), bytearray()
    for kind, size, count, body in sections:
        table += struct.pack("<IIQQQ", kind, size, count, offset + len(data), len(body))
        data += body + bytes(-len(body) % 8)
    out += table + data
    return bytes(out + struct.pack("<II", crc32c(out), 0) + b"SNAPEND\0")

def snapshot_seeds():
    golden = open(os.path.join(ROOT, "Tests/JiedaoStoreTests/Golden/v1.snapshot"), "rb").read()
    header, sections = parse_snapshot(golden)
    assert build_snapshot(header, sections) == golden
    seeds = {"golden-v1": golden, "golden-truncated": golden[:200], "magic-only": golden[:8]}
    # Every record section twice over: more than one record of each kind (the copies refer to
    # the same IDs, so the file still loads), for mutations that need two records.
    seeds["golden-doubled"] = build_snapshot(header, [
        [k, size, count * 2, body * 2] if size else [k, size, count, body] for k, size, count, body in sections])
    # Records 8 bytes longer than v1's (fields appended by a later version), and an unknown section.
    seeds["golden-wider-records"] = build_snapshot(header, [
        [k, size + 8, count, b"".join(body[i:i + size] + bytes(8) for i in range(0, len(body), size))] if size else [k, size, count, body]
        for k, size, count, body in sections])
    seeds["golden-unknown-section"] = build_snapshot(header, sections + [[99, 4, 2, b"\x01\x02\x03\x04" * 2]])
    return seeds

def wire(kind, payload=b""):
    """One data-server frame: [u32 length][u8 kind][payload]."""
    return struct.pack("<IB", len(payload) + 1, kind) + payload

def wire_text(s):
    b = s.encode()
    return struct.pack("<I", len(b)) + b

def server_seeds():
    entry = (b'{"edits":[{"reveal":{"id":3,"kind":"appeal"}}],"inverses":[],"login":"guo",'
             b'"sequence":7,"time":1795744800,"user":0}')
    hello = wire(0x01, b"JIEDAOSV" + struct.pack("<IBQ", 1, 1, 41))
    return {
        "hello": hello,
        "hello-then-requests": hello + wire(0x03, struct.pack("<I", 1)) + wire(0x04, struct.pack("<I", 2)),
        "submit": wire(0x02, struct.pack("<I", 5) + entry.replace(b'"sequence":7', b'"sequence":0')),
        "welcome-snapshot": wire(0x81, struct.pack("<I", 1) + wire_text("郭靖") + struct.pack("<iQB", 2, 9, 1))
                            + wire(0x82, bytes(range(64))) + wire(0x83),
        "entry-accepted": wire(0x84, entry) + wire(0x85, struct.pack("<IQ", 5, 7)),
        "refused": wire(0x86, struct.pack("<Ii", 5, -1) + wire_text("不行") + wire_text("No")),
        "revealed": wire(0x87, struct.pack("<IBiI", 5, 4, 3, 1) + wire_text("phone") + wire_text("18800009392")),
        "audit": wire(0x88, struct.pack("<II", 9, 1) + struct.pack("<I", len(entry)) + entry),
        "goodbye": wire(0x89, wire_text("再见") + wire_text("Bye")),
    }

def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("snapshot", "journal", "server"):
        sys.exit(__doc__)
    what, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    seeds = {"journal": journal_seeds, "snapshot": snapshot_seeds, "server": server_seeds}[what]()
    for name, data in seeds.items():
        with open(os.path.join(out, f"seed-{name}"), "wb") as f:
            f.write(data)
    print(f"seeds.py: {len(seeds)} {what} seeds in {out}", file=sys.stderr)

main()
