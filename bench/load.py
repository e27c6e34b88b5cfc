"""Load drivers: sequential latency, and concurrent throughput with an asyncio httpx driver or wrk."""

import asyncio
import re
import shutil
import statistics
import subprocess
import time

import httpx


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


async def latency(client: httpx.AsyncClient, method: str, urls, *, n: int, headers: dict, **kw) -> dict:
    """Sequential requests: p50/p99/min/max in ms."""
    lat = []
    for k in range(n):
        url = urls[k % len(urls)] if isinstance(urls, list) else urls
        t = time.perf_counter()
        resp = await client.request(method, url, headers=headers, **kw)
        lat.append((time.perf_counter() - t) * 1000)
        if resp.status_code >= 400:
            raise RuntimeError(f"{url}: {resp.status_code} {resp.text[:200]}")
    return {"p50_ms": statistics.median(lat), "p99_ms": pct(lat, 99), "min_ms": min(lat), "max_ms": max(lat), "n": n}


async def throughput_httpx(
    base: str, urls: list[str], *, headers: dict, concurrency: int, duration: float, max_requests: int
) -> dict:
    """Closed loop: ``concurrency`` clients for at most ``duration`` seconds or ``max_requests`` requests."""
    done, errors, lat = 0, 0, []
    stop = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker(k: int):
            nonlocal done, errors
            i = k
            while time.perf_counter() < stop and done < max_requests:
                done += 1
                t = time.perf_counter()
                resp = await client.get(urls[i % len(urls)], headers=headers)
                lat.append((time.perf_counter() - t) * 1000)
                errors += resp.status_code >= 400
                i += concurrency

        t0 = time.perf_counter()
        await asyncio.gather(*[worker(k) for k in range(concurrency)])
        elapsed = time.perf_counter() - t0
    return {
        "tool": "httpx",
        "requests": len(lat),
        "errors": errors,
        "rps": len(lat) / elapsed,
        "p50_ms": statistics.median(lat),
        "p99_ms": pct(lat, 99),
        "concurrency": concurrency,
    }


def throughput_wrk(base: str, path: str, *, headers: dict, concurrency: int, duration: float) -> dict:
    cmd = ["wrk", "-t2", f"-c{concurrency}", f"-d{max(1, int(duration))}s", "--latency", "--timeout", "10s"]
    for k, v in headers.items():
        cmd += ["-H", f"{k}: {v}"]
    out = subprocess.run(cmd + [base + path], capture_output=True, text=True, timeout=duration + 30).stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        if not m:
            return float("nan")
        return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return {
        "tool": "wrk",
        "rps": rps,
        "p50_ms": ms("50"),
        "p99_ms": ms("99"),
        "concurrency": concurrency,
        "errors": int(non2xx.group(1)) if non2xx else 0,
    }


def have_wrk() -> bool:
    return shutil.which("wrk") is not None
