# Juxtaposed names inside a bracket left open at the end of the file.
x = [1, 2 3
