"""Check the fidelity corpus against golden.yaml (the corpus itself, not an importer).

For every seed: the BOM matches, the bytes decode strictly with the declared encoding, declared
double encoding (mojibake) reverses cleanly, and after HTML entity decoding (.html files only)
every body_has phrase and every body_lacks phrase occurs in the text (body_lacks phrases are
debris planted in the page, which an importer must remove). Also checks slugs against the vocab
and prints body sizes. Exit status 1 on any mismatch.

Run: python3 tests/fidelity/zh/verify.py [path/to/vocab]   (default: the project's vocab/)

Adapted from ../shared/fidelity/verify.py for tests/fidelity/zh/: also checks that file names
start with zhNN_, that every record is lang zh, and that no name is reused from the shared corpus.
"""
import html
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent
VOCAB = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parents[2] / "vocab"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
BOMS = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def undo_mojibake(text: str, via: str) -> str:
    if via == "latin-1":
        return text.encode("latin-1").decode("utf-8")
    out = bytearray()
    for c in text:
        out += bytes([ord(c)]) if ord(c) in CP1252_UNDEFINED else c.encode("cp1252")
    return out.decode("utf-8")


def decode(path: pathlib.Path, rec: dict) -> str:
    data = path.read_bytes()
    bom = BOMS.get(rec["encoding"])
    has_bom = bool(bom) and data.startswith(bom)
    if has_bom != rec["bom"]:
        raise ValueError(f"BOM present={has_bom}, golden says bom={rec['bom']}")
    if has_bom:
        data = data[len(bom):]
    text = data.decode(rec["encoding"])  # strict
    if rec["mojibake"]:
        text = undo_mojibake(text, rec["mojibake"])
    return text


def main() -> int:
    golden = yaml.safe_load((ROOT / "golden.yaml").read_text(encoding="utf-8"))
    regions = yaml.safe_load((VOCAB / "regions.yaml").read_text(encoding="utf-8"))
    sources = yaml.safe_load((VOCAB / "sources.yaml").read_text(encoding="utf-8"))
    files = sorted(p.name for p in (ROOT / "seeds").iterdir())
    errors = []
    if sorted(golden) != files:
        errors.append(f"golden/seeds mismatch: {set(golden) ^ set(files)}")
    shared = {p.name for p in SHARED_SEEDS.iterdir()} if SHARED_SEEDS.is_dir() else set()
    for name in files:
        rec = golden.get(name)
        if rec is None:
            continue
        err = lambda msg, name=name: errors.append(f"{name}: {msg}")  # noqa: E731
        if not re.match(r"zh\d\d_", name) or name in shared:
            err("file name must start with zhNN_ and not reuse a shared corpus name")
        if rec["lang"] != "zh":
            err(f"lang {rec['lang']!r}, this folder holds Chinese articles only")
        try:
            text = decode(ROOT / "seeds" / name, rec)
        except (ValueError, UnicodeError) as exc:
            err(f"does not decode as declared: {exc}")
            continue
        crlf = "\r\n" in text
        if crlf != (rec["line_endings"] == "crlf"):
            err(f"line endings: CRLF present={crlf}, golden says {rec['line_endings']}")
        if name.endswith(".html"):
            text = html.unescape(text)
        for phrase in rec["body_has"]:
            if phrase not in text:
                err(f"body_has phrase not in text: {phrase!r}")
        for phrase in rec["body_lacks"]:
            if phrase not in text:
                err(f"body_lacks phrase not in text: {phrase!r}")
            for keep in rec["body_has"]:
                if phrase in keep:
                    err(f"body_lacks phrase {phrase!r} lies inside body_has phrase {keep!r}")
        if not 3 <= len(rec["body_has"]) <= 5 or not 3 <= len(rec["body_lacks"]) <= 8:
            err("body_has needs 3-5 phrases and body_lacks 3-8")
        for field in ("region", "origin"):
            if rec[field] is not None and rec[field] not in regions:
                err(f"{field} {rec[field]!r} is not a slug in regions.yaml")
        if rec["source_id"] is not None:
            names = sources[rec["source_id"]]["name"].values()
            if rec["source"] not in names:
                err(f"source {rec['source']!r} is not a display name of {rec['source_id']}")
        if rec["date"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(rec["date"])):
            err(f"date {rec['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        # Rough body size: the text minus planted debris (CJK characters for zh, words otherwise).
        body = text
        for phrase in rec["body_lacks"]:
            body = body.replace(phrase, " ")
        body = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", body, flags=re.S)
        size = (len(re.findall(r"[\u3400-\u9fff\U00020000-\U0002ffff]", body)) if rec["lang"] == "zh"
                else len(re.findall(r"[^\s|>]+", body)))
        unit = "chars" if rec["lang"] == "zh" else "words"
        print(f"ok  {name:48} {rec['lang']}  {rec['encoding']:10} bom={rec['bom']!s:5} "
              f"moj={rec['mojibake']!s:7} {size:5} {unit}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(files)} seeds, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
