/* chainsim report page: renders the charts described in #chainsim-data with ECharts.
   Formatting follows chainsim.report.html.Numbers exactly (same rounding, same units). */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chainsim-data').textContent);
  var zh = data.lang === 'zh';
  var calendar = data.calendar || [];
  var MISSING = '\u2013';

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function finite(v) {
    return typeof v === 'number' && isFinite(v);
  }
  function grouped(n) {
    var s = String(n);
    var lead = s.length % 3 || 3;
    var out = s.slice(0, lead);
    for (var i = lead; i < s.length; i += 3) {
      out += ',' + s.slice(i, i + 3);
    }
    return out;
  }
  function fixed(v, d) {
    var f = Math.pow(10, d);
    var scaled = Math.round(Math.abs(v) * f);
    var sign = v < 0 && scaled !== 0 ? '-' : '';
    var whole = grouped(Math.floor(scaled / f));
    if (d === 0) {
      return sign + whole;
    }
    var frac = String(scaled % f);
    while (frac.length < d) {
      frac = '0' + frac;
    }
    return sign + whole + '.' + frac;
  }
  function trimmed(abs, d) {
    var s = fixed(abs, d);
    if (s.indexOf('.') >= 0) {
      s = s.replace(/0+$/, '').replace(/\.$/, '');
    }
    return s;
  }
  function significant(scaled) {
    return trimmed(scaled, scaled < 10 ? 2 : scaled < 100 ? 1 : 0);
  }
  var F = {
    money: function (v) {
      if (!finite(v)) {
        return MISSING;
      }
      var sign = v < 0 ? '-' : '';
      var abs = Math.abs(v);
      var scales = zh ? [1e4, 1e8] : [1e3, 1e6, 1e9];
      var units = zh ? ['\u4e07', '\u4ebf'] : ['k', 'M', 'B'];
      var u = -1;
      for (var i = 0; i < scales.length; i++) {
        if (Math.round(abs) >= scales[i]) {
          u = i;
        }
      }
      if (u >= 0 && u + 1 < scales.length && Math.round(abs / scales[u]) >= scales[u + 1] / scales[u]) {
        u++;
      }
      var body = u < 0 ? grouped(Math.round(abs)) : significant(abs / scales[u]) + units[u];
      return zh ? sign + body + '\u5143' : sign + '\u00a5' + body;
    },
    percent: function (v) {
      return finite(v) ? fixed(v * 100, 1) + '%' : MISSING;
    },
    count: function (v) {
      return finite(v) ? (v < 0 ? '-' : '') + grouped(Math.round(Math.abs(v))) : MISSING;
    },
    ratio: function (v) {
      return finite(v) ? fixed(v, 1) + '\u00d7' : MISSING;
    },
    plain: function (v) {
      if (!finite(v)) {
        return MISSING;
      }
      var abs = Math.abs(v);
      return (v < 0 ? '-' : '') + trimmed(abs, abs >= 100 ? 0 : abs >= 1 ? 2 : 3);
    },
    months: function (v) {
      if (!finite(v)) {
        return MISSING;
      }
      var n = fixed(v, 0);
      return zh ? n + '\u4e2a\u6708' : n + ' mo';
    },
    points: function (v) {
      if (!finite(v)) {
        return MISSING;
      }
      var n = fixed(v * 100, 1);
      return zh ? n + '\u4e2a\u767e\u5206\u70b9' : n + ' pp';
    },
    calendar: function (v) {
      var i = Math.round(v);
      return calendar[i - 1] || (finite(v) ? String(i) : MISSING);
    }
  };

  /** The number a data item stands for: its raw figure when the plotted value is a difference. */
  function valueOf(d, fallback) {
    if (d !== null && typeof d === 'object' && !Array.isArray(d)) {
      return d.raw !== undefined ? d.raw : d.value;
    }
    return fallback;
  }

  function valueFormatter(fn) {
    return function (x) {
      if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
        if (x.data && x.data.label !== undefined) {
          return x.data.label;
        }
        return fn(valueOf(x.data, x.value));
      }
      return fn(typeof x === 'string' && x !== '' && !isNaN(+x) ? +x : x);
    };
  }

  function axisTooltip(fn, flags) {
    return function (params) {
      if (!Array.isArray(params)) {
        params = [params];
      }
      if (!params.length) {
        return '';
      }
      var rows = [];
      var total = 0;
      params.forEach(function (p) {
        if (!p.seriesName || p.seriesName.charAt(0) === '_') {
          return;
        }
        var d = p.data;
        var v = valueOf(d, p.value);
        if (!finite(v)) {
          return;
        }
        total += v;
        var name = p.seriesName + (d && d.tip ? ' \u00b7 ' + d.tip : '');
        rows.push({ marker: p.marker, name: name, v: v });
      });
      if (flags.indexOf('sorted') >= 0) {
        rows.sort(function (a, b) { return b.v - a.v; });
      }
      var html = '<b>' + esc(params[0].axisValueLabel) + '</b>';
      rows.forEach(function (r) {
        html += '<br>' + r.marker + esc(r.name) + ': <b>' + esc(fn(r.v)) + '</b>';
      });
      if (flags.indexOf('total') >= 0 && rows.length > 1) {
        html += '<br>' + esc(data.words.total || 'Total') + ': <b>' + esc(fn(total)) + '</b>';
      }
      return html;
    };
  }

  /** Item tooltips carry their lines, formatted by the report: the script only lays them out. */
  function itemTooltip(p) {
    var d = p.data || {};
    var html = '<b>' + esc(d.title || p.name) + '</b>';
    (d.lines || []).forEach(function (line) {
      html += '<br>' + esc(line);
    });
    return html;
  }

  function resolveFormatter(spec) {
    var parts = spec.slice(1).split(':');
    if (parts[0] === 'axis') {
      return axisTooltip(F[parts[1]] || F.plain, parts.slice(2));
    }
    if (parts[0] === 'item') {
      return itemTooltip;
    }
    if (!F[parts[0]]) {
      throw new Error('unknown formatter ' + spec);
    }
    return valueFormatter(F[parts[0]]);
  }

  function resolve(node) {
    if (Array.isArray(node)) {
      node.forEach(resolve);
    } else if (node !== null && typeof node === 'object') {
      Object.keys(node).forEach(function (k) {
        var v = node[k];
        if ((k === 'formatter' || k === 'valueFormatter') && typeof v === 'string' && v.charAt(0) === '@') {
          node[k] = resolveFormatter(v);
        } else {
          resolve(v);
        }
      });
    }
    return node;
  }

  var rendered = [];
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    var id = el.getAttribute('data-chart');
    try {
      var option = resolve(data.charts[id]);
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      rendered.push(chart);
    } catch (e) {
      el.classList.add('failed');
      el.textContent = String(e);
      console.error('chainsim: chart ' + id + ' failed: ' + e);
    }
  });
  /* The sticky contents bar covers the top of the window: sections scroll in below it. */
  var toc = document.querySelector('.toc');
  function tocHeight() {
    if (toc) {
      document.documentElement.style.setProperty('--toc-height', toc.offsetHeight + 'px');
    }
  }
  tocHeight();
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) {
      target.scrollIntoView();
    }
  }
  var pending;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      tocHeight();
      rendered.forEach(function (c) { c.resize(); });
    }, 100);
  });
  window.addEventListener('beforeprint', function () {
    rendered.forEach(function (c) { c.resize(); });
  });
  window.chainsimFormat = F;
  document.body.setAttribute('data-charts-rendered', String(rendered.length));
})();
