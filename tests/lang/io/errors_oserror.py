# OSError subclasses raised by open(), with errno/strerror/filename.
try:
    open("/tmp/krait_io_no_such_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError))
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
P = "/tmp/krait_io_errors_oserror.txt"
open(P, "w").close()
try:
    open(P, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(b"/tmp/krait_io_no_such_dir/y")
except FileNotFoundError as e:
    print(e.filename)
open("/tmp/krait_io_no_such_file_here")
