# tempfile.mkdtemp / mkstemp / TemporaryDirectory / NamedTemporaryFile.
import os
import tempfile
d = tempfile.mkdtemp(prefix='krait_posix_tmp')
print(os.path.isdir(d), os.path.basename(d).startswith('krait_posix_tmp'))
fd, name = tempfile.mkstemp(dir=d, suffix='.txt')
os.write(fd, b'data')
os.close(fd)
print(name.endswith('.txt'), os.path.getsize(name))
os.unlink(name)
os.rmdir(d)
with tempfile.TemporaryDirectory() as t:
    print(os.path.isdir(t))
print(os.path.exists(t))
with tempfile.NamedTemporaryFile('w+') as f:
    f.write('x')
    f.flush()
    print(os.path.getsize(f.name))
print(isinstance(tempfile.gettempdir(), str))
