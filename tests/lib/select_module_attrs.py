# The select module's names: error is OSError, the poll constants are distinct
# bits, epoll exists on Linux only, and select.poll is a function making poll objects.
import select
import sys

print(select.error is OSError, select.__name__)
for name in ['POLLIN', 'POLLOUT', 'POLLERR', 'POLLHUP', 'POLLNVAL', 'POLLPRI', 'POLLRDNORM', 'POLLWRNORM',
             'POLLRDBAND', 'POLLWRBAND', 'POLLMSG', 'POLLRDHUP', 'PIPE_BUF']:
    print(name, type(getattr(select, name)).__name__)
bits = [select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL]
print(all(b & (b - 1) == 0 for b in bits), len(set(bits)))
print(callable(select.select), callable(select.poll), type(select.poll).__name__)
print(type(select.poll()).__name__, repr(type(select.poll())))
print(hasattr(select, 'epoll') == sys.platform.startswith('linux'))
print(hasattr(select, 'kqueue'), hasattr(select, 'devpoll'))
