# pathlib: errors from Path operations on missing/existing files and bad arguments.
import os
import tempfile
from pathlib import Path, PurePosixPath

root = Path(tempfile.mkdtemp())
f = root / "file.txt"
f.write_text("x")
for op in (lambda: (root / "missing").read_text(), lambda: (root / "missing").stat(),
           lambda: list((root / "missing").iterdir()), lambda: f.mkdir(), lambda: (root / "nodir" / "x").write_text("y"),
           lambda: list(f.iterdir()), lambda: root.rmdir(), lambda: (root / "missing").rename(root / "z"),
           lambda: f.read_text(encoding="no-such-codec"), lambda: f.write_text(5), lambda: f.write_bytes("str"),
           lambda: Path(5), lambda: list(root.glob("")), lambda: (root / "m").touch(exist_ok=False) or f.touch(exist_ok=False)):
    try:
        op()
        print("ok")
    except Exception as e:
        print(type(e).__name__, getattr(e, "errno", None))
print((root / "missing").exists(), (root / "missing").is_dir(), f.is_dir(), (f / "under").exists())
print(PurePosixPath("a") / PurePosixPath("/b"), Path("~").expanduser().is_absolute())
for p in root.iterdir():
    p.unlink()
root.rmdir()
print(root.exists())
