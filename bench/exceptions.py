# Exceptions: raise and catch in loops -- custom exception classes with
# attributes, try/except/else/finally, re-raise, chaining and builtin errors.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, text):
        super().__init__(f"bad input at {pos}")
        self.pos = pos
        self.text = text


class Retry(AppError):
    pass


def parse(text, pos):
    if pos % 7 == 0:
        raise ParseError(pos, text)
    if pos % 11 == 0:
        raise Retry(pos)
    return len(text) + pos


def guarded(i, log):
    try:
        return parse("abc", i)
    except Retry:
        log[0] += 1
        return -1
    finally:
        log[1] += 1


def nested(i):
    try:
        try:
            raise KeyError(i)
        except KeyError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        return e.__cause__.args[0]


def builtin_errors(i, table):
    total = 0
    try:
        total += table[i]
    except IndexError:
        total -= 1
    try:
        total += 10 // (i % 3)
    except ZeroDivisionError:
        total -= 2
    else:
        total += 1
    return total


def run(n):
    log = [0, 0]
    caught = 0
    total = 0
    table = list(range(50))
    for i in range(n):
        try:
            total += guarded(i, log)
        except ParseError as e:
            caught += e.pos % 5
        except AppError:
            caught -= 1
        total += nested(i) % 3
        total += builtin_errors(i % 60, table)
    return total, caught, log


print(run(800000))
