# select.epoll's names on Linux: the EPOLL* constants (the poll bits they
# share have the same values), the type's name, module and closed's doc.
import select

names = sorted(n for n in dir(select) if n.startswith('EPOLL'))
print(names)
print(select.EPOLLIN == select.POLLIN, select.EPOLLOUT == select.POLLOUT, select.EPOLLET == 1 << 31)
print(select.EPOLLONESHOT, select.EPOLLEXCLUSIVE, select.EPOLL_CLOEXEC)
print(repr(select.epoll), select.epoll.__module__, select.epoll.__name__)
print(select.epoll.closed.__doc__)
print([n for n in dir(select.epoll) if not n.startswith('_')])
