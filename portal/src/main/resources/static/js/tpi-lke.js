// The LKE side by side: each saved question brings the TPI side's new version (in #tpi-versi, with the scores);
// every other question's form takes it, so the next save's If-Match is current.
document.addEventListener('htmx:afterSettle', function () {
  var version = document.getElementById('tpi-versi');
  if (!version) {
    return;
  }
  document.querySelectorAll('form.jawab-tpi input[name="version"], form.predikat input[name="version"]').forEach(function (input) {
    input.value = version.value;
  });
});
