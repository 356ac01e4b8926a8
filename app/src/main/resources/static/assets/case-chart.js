// Draws the PHQ-9/GAD-7 trend from the data the server put on the canvas (no inline script: strict CSP).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('trend');
  if (!canvas || !window.Chart) { return; }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  var phq = data.series.PHQ9 || [], gad = data.series.GAD7 || [];
  var days = Array.from(new Set(phq.concat(gad).map(function (p) { return p.on; }))).sort();
  function line(points) {
    var byDay = {};
    points.forEach(function (p) { byDay[p.on] = p.total; });
    return days.map(function (d) { return d in byDay ? byDay[d] : null; });
  }
  function threshold(value, label) {
    return { label: label, data: days.map(function () { return value; }), borderDash: [4, 4], borderWidth: 1,
             borderColor: '#8a8a8a', pointRadius: 0, fill: false };
  }
  var phqByDay = {};
  phq.forEach(function (p) { phqByDay[p.on] = p.total; });
  var markers = days.map(function (d) {
    var hit = data.milestones.filter(function (m) { return m.on === d && (m.type === 'TreatmentResponseAchieved' || m.type === 'RemissionAchieved'); });
    return hit.length ? phqByDay[d] : null;
  });
  new Chart(canvas, {
    type: 'line',
    data: { labels: days, datasets: [
      { label: 'PHQ-9', data: line(phq), borderColor: '#1f5fa8', backgroundColor: '#1f5fa8', spanGaps: true, pointStyle: 'circle' },
      { label: 'GAD-7', data: line(gad), borderColor: '#a8561f', backgroundColor: '#a8561f', spanGaps: true, pointStyle: 'rect' },
      { label: 'Response / remission', data: markers, showLine: false, pointStyle: 'star', pointRadius: 9, borderColor: '#1a7f37' },
      threshold(5, 'Mild (5)'), threshold(10, 'Moderate (10)'), threshold(15, 'Moderately severe (15)'), threshold(20, 'Severe (20)')
    ] },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { min: 0, max: 27, title: { display: true, text: 'Total score' } } } }
  });
});
