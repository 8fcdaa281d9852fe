# An error before the line of the unclosed bracket keeps its own message.
x = 1 +
q(
