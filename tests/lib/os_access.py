# os.access with F_OK/R_OK/W_OK/X_OK.
import os
import _ostmp
d = _ostmp.fresh('access')
f = d + '/f'
_ostmp.write(f, '')
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.access(f, os.F_OK), os.access(f, os.R_OK), os.access(f, os.R_OK | os.W_OK), os.access(d, os.X_OK))
print(os.access(d + '/missing', os.F_OK), os.access(f.encode(), os.F_OK))
_ostmp.cleanup(d)
