# Process information on POSIX hosts: ids, kill(pid, 0), times, uname.
import os
print(os.getpid() == os.getpid(), os.getpid() > 0, os.getppid() > 0)
print(all(isinstance(f(), int) for f in (os.getuid, os.geteuid, os.getgid, os.getegid)))
os.kill(os.getpid(), 0)
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t[4] == t.elapsed)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
print(os.times_result.n_fields, os.uname_result.n_fields)
