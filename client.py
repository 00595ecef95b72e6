# Waits argv[3] seconds (so its own start-up, with the ENOENTs of the
# python launcher, falls before the capture), then requests for argv[2]
# seconds, one every 20 ms.
import sys, time, urllib.request, urllib.error
time.sleep(float(sys.argv[3]))
ok = err = 0
end = time.time() + float(sys.argv[2])
i = 0
while time.time() < end:
    try:
        urllib.request.urlopen("http://127.0.0.1:%s/r%d" % (sys.argv[1], i), timeout=5).read()
        ok += 1
    except urllib.error.HTTPError:
        err += 1
    i += 1
    time.sleep(0.02)
print(ok, err)
