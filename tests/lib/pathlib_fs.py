# pathlib.Path on a temp dir: mkdir, write/read, iterdir, glob, rename, unlink, stat.
import shutil
import tempfile
from pathlib import Path

root = Path(tempfile.mkdtemp())
d = root / "sub" / "deep"
d.mkdir(parents=True)
print(d.is_dir(), d.exists(), (root / "nope").exists())
print((d / "a.txt").write_text("hello"), (d / "a.txt").read_text())
print((root / "b.bin").write_bytes(b"\x00\x01"), (root / "b.bin").read_bytes())
(root / "c.txt").write_text("c\n")
print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p.relative_to(root)) for p in root.glob("*.txt")))
print(sorted(str(p.relative_to(root)) for p in root.rglob("*.txt")))
print(sorted(str(p.relative_to(root)) for p in root.glob("**/*.txt")))
st = (d / "a.txt").stat()
print(st.st_size, (root / "c.txt").is_file(), d.is_file())
new = (root / "c.txt").rename(root / "renamed.txt")
print(new.name, new.exists(), (root / "c.txt").exists())
(root / "renamed.txt").replace(root / "r2.txt")
print(sorted(p.name for p in root.iterdir()))
(root / "r2.txt").unlink()
(root / "r2.txt").unlink(missing_ok=True)
try:
    (root / "r2.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    d.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
d.mkdir(exist_ok=True)
try:
    (root / "x" / "y").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    (root / "sub").rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
(root / "t.txt").touch()
print((root / "t.txt").stat().st_size, Path(root / "t.txt").resolve() == (root / "t.txt").resolve())
with (root / "t.txt").open("w") as f:
    f.write("opened")
print((root / "t.txt").read_text(), root.samefile(str(root)))
print(Path(".").absolute().is_absolute(), Path("x").cwd() == Path.cwd())
shutil.rmtree(root)
print(root.exists())
