import statistics as st
from fractions import Fraction
from decimal import Decimal
d = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(d), st.median(d), st.mode(d), st.pstdev(d), st.pvariance(d))
print(st.stdev(d), st.variance(d), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.fmean([1, 2, 3]), st.geometric_mean([1, 4]), st.harmonic_mean([40, 60]), st.multimode("aabbc"))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("0.5"), Decimal("1.5")]))
print(st.quantiles(range(1, 11), n=4), st.median_grouped([1, 2, 2, 3]))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 6]))
nd = st.NormalDist(0, 1)
print(nd.cdf(0), round(nd.inv_cdf(0.975), 6), nd.mean, nd.stdev, st.NormalDist.from_samples([1, 2, 3]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.harmonic_mean([-1])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e)
