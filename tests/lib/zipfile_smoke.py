# zipfile (bundled for importlib.resources): writing and reading a stored
# archive in memory, names, infos, and reading a missing member.
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('a.txt', 'alpha\n')
    z.writestr('dir/b.bin', bytes(range(5)))
print(len(buf.getvalue()) > 0, zipfile.is_zipfile(buf))
with zipfile.ZipFile(buf) as z:
    print(z.namelist())
    print(z.read('a.txt'), z.read('dir/b.bin'))
    info = z.getinfo('a.txt')
    print(info.filename, info.file_size, info.compress_type == zipfile.ZIP_STORED)
    print(z.testzip())
    try:
        z.read('missing')
    except KeyError as e:
        print('KeyError', e)
print(zipfile.is_zipfile(io.BytesIO(b'not a zip')))
try:
    zipfile.ZipFile(io.BytesIO(b'not a zip'))
except zipfile.BadZipFile as e:
    print(type(e).__name__, e)
