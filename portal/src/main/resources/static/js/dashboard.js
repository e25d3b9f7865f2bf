// Draws the dashboard's charts with Chart.js from the JSON the server put in #grafik's data-charts: the same
// numbers as the tables beside each chart (which stay the accessible version), decimals written as the page's
// language writes them.
(function () {
  'use strict';

  var COLOURS = ['#0b4a8b', '#c2620a', '#1b6e36', '#6b3fa0'];

  function draw() {
    var holder = document.getElementById('grafik');
    if (!holder || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(holder.getAttribute('data-charts'));
    var lang = document.documentElement.lang || 'id';
    var decimal = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var integer = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 0 });

    holder.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = data[canvas.getAttribute('data-chart')];
      if (!chart) {
        return;
      }
      var format = chart.decimals ? decimal : integer;
      var valueAxis = {
        beginAtZero: true,
        // whole numbers on the axis, two decimals in the tooltip and the table
        ticks: { precision: 0, callback: function (value) { return integer.format(value); } }
      };
      // long names (a unit's full name) are cut on the axis; the tooltip and the table beside have them whole
      var categoryAxis = {
        ticks: {
          autoSkip: false,
          callback: function (value) {
            var label = String(this.getLabelForValue(value));
            return label.length > 24 ? label.slice(0, 23) + '…' : label;
          }
        }
      };
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: chart.labels,
          datasets: chart.datasets.map(function (set, i) {
            return { label: set.label, data: set.data, backgroundColor: COLOURS[i % COLOURS.length] };
          })
        },
        options: {
          indexAxis: chart.horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: chart.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
          plugins: {
            tooltip: {
              callbacks: {
                label: function (item) {
                  return item.dataset.label + ': ' + (item.raw === null ? '–' : format.format(item.raw));
                }
              }
            }
          }
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
