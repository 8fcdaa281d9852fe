import statistics as st
for c in [lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]),
          lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
          lambda: st.correlation([1, 1], [1, 2]), lambda: st.correlation([1], [1, 2]), lambda: st.NormalDist(0, -1),
          lambda: st.NormalDist().inv_cdf(1.5), lambda: st.fmean([]), lambda: st.mean(["a"])]:
    try:
        print("no error", c())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.mode([1, 1, 2, 2]), st.median_grouped([52, 52, 53, 54], interval=2))
nd = st.NormalDist(10, 2)
print(nd + 5, nd * 2, nd.overlap(st.NormalDist(11, 2)) > 0.5, nd.quantiles(4), nd.zscore(12), round(nd.pdf(10), 6))
