# Suggestions for a missing module attribute.
import sys
print(sys.maxsize > 0)
sys.pathh
