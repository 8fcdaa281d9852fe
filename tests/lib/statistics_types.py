import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([1, 2.5]), st.mean([F(1, 2), 1]), st.median([F(1), F(2)]), st.variance([F(1), F(2), F(4)]))
print(st.pstdev([D("1.5"), D("2.5"), D("2.5"), D("2.75")]), st.mode(["red", "blue", "red"]), st.median(["a", "c", "b"]))
print(st.fmean([1, 2, 3], weights=[3, 1, 1]) if "weights" in st.fmean.__code__.co_varnames else st.fmean([1, 2, 3]))
print(st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]), st.quantiles([1, 2, 3, 4, 5, 6], n=3, method="inclusive"))
try:
    st.mean([1, D("2")])
except TypeError as e:
    print("TypeError", e)
print(type(st.mean([1, 2])).__name__, type(st.mean([1.0, 2])).__name__, st.mean([True, False, True]))
