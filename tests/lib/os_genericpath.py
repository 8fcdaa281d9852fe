# genericpath through os.path: getmtime/getsize/samefile/sameopenfile/commonprefix.
import os
import genericpath
import _ostmp
d = _ostmp.fresh('generic')
_ostmp.write(d + '/x', '12345')
print(genericpath.getsize(d + '/x'), genericpath.isfile(d + '/x'), genericpath.isdir(d))
os.utime(d + '/x', (100, 200))
print(os.path.getmtime(d + '/x'), os.path.getatime(d + '/x'), type(os.path.getctime(d + '/x')).__name__)
with open(d + '/x') as f1, open(d + '/x') as f2:
    print(os.path.sameopenfile(f1.fileno(), f2.fileno()))
print(os.path.samefile(d, d + '/.'), os.path.samefile(d + '/x', d))
print(genericpath.commonprefix(['abc', 'abd', 'ab']), genericpath.exists(d + '/nope'))
_ostmp.cleanup(d)
