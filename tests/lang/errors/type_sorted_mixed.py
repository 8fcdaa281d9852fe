# TypeError from sorted() on incomparable items
print(sorted([3, 1, 2]))
print(sorted([3, "1", 2]))
