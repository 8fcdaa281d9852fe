# OSError(errno, strerror[, filename]) picks the subclass for the errno.
for err in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 999]:
    e = OSError(err, "message", "file.txt")
    print(err, type(e).__name__, e.errno, e.strerror, e.filename, e)
print(type(OSError("just text")).__name__, type(OSError(2)).__name__)
class Mine(OSError):
    pass
print(type(Mine(2, "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__)
try:
    raise OSError(2, "No such file or directory", "gone.txt")
except FileNotFoundError as e:
    print("caught", e)
