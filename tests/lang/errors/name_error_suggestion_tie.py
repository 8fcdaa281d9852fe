# On a tie the first candidate (in dict order) wins.
abcx = 1
abcy = 2
print(abcz)
