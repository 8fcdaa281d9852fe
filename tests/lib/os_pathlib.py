# pathlib.Path basic operations on a scratch directory.
import os
import pathlib
import _ostmp
d = pathlib.Path(_ostmp.fresh('pathlib'))
f = d / 'file.txt'
f.write_text('hello')
print(f.name, f.suffix, f.stem, f.parent == d, f.exists(), f.is_file(), f.is_dir(), f.read_text())
(d / 'sub' / 'deep').mkdir(parents=True)
(d / 'sub' / 'x.py').write_bytes(b'1')
print(sorted(p.name for p in d.iterdir()))
print(sorted(str(p.relative_to(d)) for p in d.glob('**/*.py')))
print(f.stat().st_size, (d / 'missing').exists(), os.fspath(f) == str(f))
f.rename(d / 'renamed.txt')
print(sorted(p.name for p in d.iterdir()))
(d / 'renamed.txt').unlink()
print(pathlib.PurePosixPath('/a/b/c.tar.gz').suffixes, pathlib.PurePosixPath('a') / 'b')
_ostmp.cleanup(str(d))
