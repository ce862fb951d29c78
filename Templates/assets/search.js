/* sitegen offline search. No server, no external service: the index is a set of small data scripts
   written at build time (search/data/), added as <script> elements when a query needs them, so the
   same page works from a web server and opened from disk (file://, where fetch() of local files is
   blocked). The fold, proclitic readings and shard keys mirror the Swift side exactly:
   ArabicNormalizer.searchKey, Clitics.readings and SearchIndex.shardKey. */
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var base = form ? form.getAttribute("data-base") : "";
  var MAX_RESULTS = 30;

  // ---- ArabicNormalizer.searchKey ---------------------------------------------------------------
  function needsNFKC(v) {
    if (v < 0xA8) return false;
    return v === 0xA8 || v === 0xAA || v === 0xAF || (v >= 0xB2 && v <= 0xB5) || (v >= 0xB8 && v <= 0xBA) ||
      (v >= 0xBC && v <= 0xBE) || (v >= 0x0675 && v <= 0x0678) || (v >= 0x2024 && v <= 0x2026) ||
      (v >= 0x2033 && v <= 0x2037) || (v >= 0x2070 && v <= 0x209F) || (v >= 0x2100 && v <= 0x24FF) ||
      (v >= 0x3000 && v <= 0x33FF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFB00 && v <= 0xFDFF) ||
      (v >= 0xFE10 && v <= 0xFE1F) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFE50 && v <= 0xFEFE) ||
      (v >= 0xFF00 && v <= 0xFFEF) || (v >= 0x1D400 && v <= 0x1D7FF) || (v >= 0x1EE00 && v <= 0x1EEFF);
  }

  var MAP = {};
  function map(codes, to) { codes.forEach(function (c) { MAP[c] = to; }); }
  map([0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673], 0x0627);
  map([0x0649, 0x0626, 0x06CC, 0x06D0, 0x06D2], 0x064A);
  map([0x0624], 0x0648);
  map([0x06A9, 0x06AA, 0x06AF], 0x0643);
  map([0x06C0, 0x06C1, 0x06C2, 0x06D5, 0x06BE, 0x0629], 0x0647);
  map([0x067E], 0x0628); map([0x0686], 0x062C); map([0x0698], 0x0632); map([0x06A4], 0x0641); map([0x06A8], 0x0642);
  map([0x066B], 0x2E); map([0x066C, 0x060C], 0x2C); map([0x066A], 0x25); map([0x061B], 0x3B); map([0x061F], 0x3F);
  map([0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F], 0x22);
  map([0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
       0x202F, 0x205F, 0x3000], 0x20);

  function foldScalar(v) {
    if (v < 0x80) return (v >= 0x41 && v <= 0x5A) ? v + 32 : v;
    if ((v >= 0x064B && v <= 0x065F) || v === 0x0670 || v === 0x0640) return -1;
    if ((v >= 0x200B && v <= 0x200F) || v === 0x061C || (v >= 0x202A && v <= 0x202E) ||
        (v >= 0x2066 && v <= 0x2069) || v === 0xFEFF) return -1;
    if (v >= 0x0660 && v <= 0x0669) return v - 0x0660 + 0x30;
    if (v >= 0x06F0 && v <= 0x06F9) return v - 0x06F0 + 0x30;
    return MAP[v] !== undefined ? MAP[v] : v;
  }

  /** ArabicNormalizer.searchKey: fold, lowercase, whitespace runs collapsed to one space. */
  function normalize(text) {
    var s = String(text);
    for (var i = 0; i < s.length; i++) {
      if (needsNFKC(s.codePointAt(i))) { s = s.normalize("NFKC"); break; }
    }
    var out = "", lastSpace = true;
    for (var ch of s) {
      var f = foldScalar(ch.codePointAt(0));
      if (f < 0) continue;
      if (f === 0x20 || f === 0x0A || f === 0x09 || f === 0x0D) {
        if (!lastSpace) out += " ";
        lastSpace = true;
      } else {
        out += String.fromCodePoint(f);
        lastSpace = false;
      }
    }
    return out.endsWith(" ") ? out.slice(0, -1) : out;
  }

  // ---- Tokens and Clitics.readings --------------------------------------------------------------
  var WORD = /[\p{L}\p{M}]+|[0-9]+(?:[.,][0-9]+)*/gu;

  function words(normalized) { return normalized.match(WORD) || []; }

  /** Clitics.readings: the token, then stems without و ف, ب ك ل, and ل+ال written لل. */
  function readings(token) {
    var s = Array.from(token), out = [token], minStem = 2, p = 0;
    if (s.length <= minStem) return out;
    function add(q) { if (s.length - q >= minStem) out.push(s.slice(q).join("")); }
    if (s[0] === "و" || s[0] === "ف") { add(1); p = 1; }
    if (p < s.length) {
      var c = s[p];
      if (c === "ب" || c === "ك" || c === "ل") {
        if (c === "ل" && p + 1 < s.length && s[p + 1] === "ل" && s.length - p - 1 >= minStem + 1) {
          out.push("ا" + s.slice(p + 1).join(""));
        }
        add(p + 1);
      }
    }
    return out;
  }

  /** SearchIndex.shardKey: first two scalars, three after the article ال. */
  function shardKey(term) {
    var s = Array.from(term);
    var n = (s[0] === "ا" && s[1] === "ل" && s.length >= 3) ? 3 : 2;
    return s.slice(0, n).join("");
  }

  function shardFile(key) {
    return Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // ---- Loading data scripts ---------------------------------------------------------------------
  var loaded = {}, waiting = {};
  window.sitegenSearchLoaded = function (name, data) {
    loaded[name] = data;
    (waiting[name] || []).forEach(function (f) { f(data); });
    delete waiting[name];
  };

  function load(name, file) {
    return new Promise(function (resolve) {
      if (name in loaded) return resolve(loaded[name]);
      if (waiting[name]) { waiting[name].push(resolve); return; }
      waiting[name] = [resolve];
      var el = document.createElement("script");
      el.src = base + file;
      el.onerror = function () { window.sitegenSearchLoaded(name, null); };
      document.head.appendChild(el);
    });
  }

  /** Documents are stored in chunk files d/0.js, d/1.js …, holding manifest.chunks[k] documents each. */
  var chunkStarts = null;
  function loadDocument(d, manifest) {
    if (!chunkStarts) {
      chunkStarts = [0];
      manifest.chunks.forEach(function (n) { chunkStarts.push(chunkStarts[chunkStarts.length - 1] + n); });
    }
    var lo = 0, hi = manifest.chunks.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (chunkStarts[mid] <= d) lo = mid; else hi = mid - 1; }
    return load("c:" + lo, "d/" + lo + ".js").then(function (docs) { return docs ? docs[d - chunkStarts[lo]] : null; });
  }

  /** A large shard comes as a stub {"$parts": [[first, last], …]} (first and last term of each part,
      without the shard key) and parts t/<key>.<n>.js (SearchIndexFiles.swift): only the parts that can
      hold a term starting with one of `readings` are loaded (for a reading that would need more than
      MAX_PARTS, only the part that can hold the reading itself), and merged into one shard whose
      terms map to lists of posting arrays. */
  var MAX_PARTS = 6;
  function loadShard(key, readings) {
    var file = "t/" + shardFile(key);
    return load("t:" + key, file + ".js").then(function (data) {
      if (!data || !data["$parts"]) return data;
      var parts = data["$parts"], need = {};
      readings.forEach(function (r) {
        var s = Array.from(r).slice(Array.from(key).length).join(""), hits = [];
        parts.forEach(function (p, i) {
          if (p[1] >= s && (p[0] <= s || p[0].lastIndexOf(s, 0) === 0)) hits.push(i);
        });
        if (hits.length > MAX_PARTS) hits = hits.filter(function (i) { return parts[i][0] <= s && parts[i][1] >= s; }).slice(0, 1);
        hits.forEach(function (i) { need[i + 1] = true; });
      });
      var wanted = Object.keys(need);
      return Promise.all(wanted.map(function (n) { return load("t:" + key + "." + n, file + "." + n + ".js"); })).then(function (loaded) {
        var shard = {};
        loaded.forEach(function (part) {
          if (!part) return;
          for (var suffix in part) (shard[suffix] = shard[suffix] || []).push(part[suffix]);
        });
        return shard;
      });
    });
  }

  // ---- Query ------------------------------------------------------------------------------------
  /** The query's words, each with its readings, stop words and one-letter words left out. */
  function parseQuery(q, stop) {
    return words(normalize(q)).filter(function (w) {
      return Array.from(w).length >= 2 && stop.indexOf(w) < 0;
    }).map(function (w) {
      return readings(w).filter(function (r) { return stop.indexOf(r) < 0; });
    });
  }

  /** Scores of documents matching every query word (prefix match; a whole-term match counts double). */
  function score(queryWords, shards) {
    var total = null;
    queryWords.forEach(function (alts) {
      var scores = {};
      alts.forEach(function (r) {
        var shard = shards[shardKey(r)];
        if (!shard) return;
        var key = shardKey(r);
        for (var suffix in shard) {
          var term = key + suffix;
          if (term.lastIndexOf(r, 0) !== 0) continue;
          var lists = Array.isArray(shard[suffix][0]) ? shard[suffix] : [shard[suffix]], factor = term === r ? 2 : 1;
          // postings: doc-id gaps from 0, each optionally followed by -weight (SearchIndex.entriesScript)
          lists.forEach(function (post) {
            for (var i = 0, d = 0; i < post.length; i++) {
              d += post[i];
              var w = (i + 1 < post.length && post[i + 1] < 0) ? -post[++i] : 1;
              scores[d] = Math.max(scores[d] || 0, w * factor);
            }
          });
        }
      });
      if (total === null) { total = scores; return; }
      var next = {};
      for (var d in total) if (d in scores) next[d] = total[d] + scores[d];
      total = next;
    });
    return Object.keys(total || {}).map(Number).sort(function (a, b) {
      return (total[b] - total[a]) || (a - b);
    });
  }

  // ---- Showing results --------------------------------------------------------------------------
  function matches(word, queryWords) {
    var rs = readings(normalize(word));
    return queryWords.some(function (alts) {
      return alts.some(function (a) { return rs.some(function (r) { return r.lastIndexOf(a, 0) === 0; }); });
    });
  }

  /** Appends `text` to `parent`, with the words that match the query in <mark>. */
  function highlighted(parent, text, queryWords) {
    var last = 0, m;
    var re = /[\p{L}\p{M}\u200c\u200d]+|[0-9\u0660-\u0669\u06f0-\u06f9]+/gu;
    while ((m = re.exec(text)) !== null) {
      if (!matches(m[0], queryWords)) continue;
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      parent.appendChild(mark);
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /** About 30 words of `text` around its first hit. */
  function snippet(text, queryWords) {
    var re = /[\p{L}\p{M}\u200c\u200d]+|[0-9\u0660-\u0669\u06f0-\u06f9]+/gu, m, at = -1;
    while ((m = re.exec(text)) !== null) {
      if (matches(m[0], queryWords)) { at = m.index; break; }
    }
    if (at < 0) at = 0;
    var from = Math.max(0, at - 90), to = Math.min(text.length, at + 180);
    if (from > 0) { var sp = text.indexOf(" ", from); if (sp > 0 && sp < at) from = sp + 1; }
    if (to < text.length) { var sp2 = text.lastIndexOf(" ", to); if (sp2 > at) to = sp2; }
    return (from > 0 ? "… " : "") + text.slice(from, to).replace(/\s+/g, " ") + (to < text.length ? " …" : "");
  }

  /** Shows `docs` (the first results, in order); `more` while further ones are still loading. */
  function render(docs, queryWords, count, query, more) {
    list.textContent = "";
    docs.forEach(function (doc) {
      if (!doc) return;
      var li = document.createElement("li");
      li.className = "result result-" + doc[2];
      var head = document.createElement("p");
      head.className = "result-head";
      var badge = document.createElement("span");
      badge.className = "badge badge-" + doc[2];
      badge.textContent = doc[1];
      var a = document.createElement("a");
      a.href = doc[3];
      a.className = "result-title";
      highlighted(a, doc[0], queryWords);
      head.appendChild(badge);
      head.appendChild(document.createTextNode(" "));
      head.appendChild(a);
      if (doc[4]) {
        var date = document.createElement("span");
        date.className = "result-date";
        date.textContent = " · " + doc[4];
        head.appendChild(date);
      }
      li.appendChild(head);
      if (doc[5]) {
        var p = document.createElement("p");
        p.className = "result-snippet";
        highlighted(p, snippet(doc[5], queryWords), queryWords);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    status.textContent = count === 0 ? "لا نتائج لـ «" + query + "»."
      : (count === 1 ? "نتيجة واحدة" : count === 2 ? "نتيجتان" : count + (count <= 10 ? " نتائج" : " نتيجة")) +
        " لـ «" + query + "»" + (more ? "…" : count > docs.length ? "، تظهر أول " + docs.length + "." : ".");
  }

  var generation = 0;
  function run(query) {
    var mine = ++generation;
    query = query.trim();
    if (!query) { list.textContent = ""; status.textContent = "اكتب اسمًا أو كلمة للبحث."; return; }
    load("manifest", "manifest.js").then(function (manifest) {
      if (!manifest) { status.textContent = "تعذر تحميل فهرس البحث."; return; }
      var queryWords = parseQuery(query, manifest.stop);
      if (queryWords.length === 0) { list.textContent = ""; status.textContent = "اكتب كلمة من حرفين على الأقل."; return; }
      var keys = {};
      queryWords.forEach(function (alts) {
        alts.forEach(function (r) { var k = shardKey(r); (keys[k] = keys[k] || []).push(r); });
      });
      var wanted = Object.keys(keys).filter(function (k) { return manifest.shards.indexOf(k) >= 0; });
      Promise.all(wanted.map(function (k) { return loadShard(k, keys[k]); })).then(function (data) {
        if (mine !== generation) return;
        var shards = {};
        wanted.forEach(function (k, i) { if (data[i]) shards[k] = data[i]; });
        var hits = score(queryWords, shards);
        var shown = hits.slice(0, MAX_RESULTS);
        if (shown.length === 0) { render([], queryWords, 0, query, false); return; }
        // results appear in order as their documents arrive; the first result's file is asked for
        // first and alone, so that it does not share the connection with the others
        var docs = new Array(shown.length), ready = 0;
        function fetchDoc(i) {
          return loadDocument(shown[i], manifest).then(function (doc) {
            docs[i] = doc || false;
            if (mine !== generation) return;
            var n = ready;
            while (n < docs.length && docs[n] !== undefined) n++;
            if (n > ready) {
              ready = n;
              render(docs.slice(0, n), queryWords, hits.length, query, n < docs.length);
            }
          });
        }
        fetchDoc(0).then(function () {
          if (mine !== generation) return;
          for (var i = 1; i < shown.length; i++) fetchDoc(i);
        });
      });
    });
  }

  window.sitegenSearch = { normalize: normalize, readings: readings, shardKey: shardKey, run: run };
  if (!form) return;

  var timer = 0;
  function update() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(input.value);
      try {
        var url = new URL(window.location.href);
        if (input.value.trim()) url.searchParams.set("q", input.value.trim()); else url.searchParams.delete("q");
        history.replaceState(null, "", url.toString());
      } catch (e) { /* some browsers refuse history changes on file:// pages */ }
    }, 120);
  }
  input.addEventListener("input", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(input.value); });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) input.value = q;
  run(input.value);
})();
