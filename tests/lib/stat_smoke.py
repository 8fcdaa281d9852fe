# stat (bundled; pure Python without _stat).
import stat

mode = stat.S_IFREG | 0o644
print(stat.S_ISREG(mode), stat.S_ISDIR(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.filemode(mode), stat.filemode(stat.S_IFDIR | 0o755), stat.filemode(stat.S_IFLNK | 0o777))
print(stat.filemode(stat.S_IFREG | stat.S_ISUID | 0o755), stat.filemode(stat.S_IFDIR | stat.S_ISVTX | 0o777))
print(stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.UF_HIDDEN, stat.FILE_ATTRIBUTE_DIRECTORY)
