// The monev form: a row marked done is realised 100 %, a row not started 0 % (the API's rule), so the
// percentage follows the status as it changes; in progress keeps what was typed.
document.querySelectorAll('select.row-status').forEach(function (select) {
  select.addEventListener('change', function () {
    var field = document.getElementById(select.getAttribute('data-realisation'));
    if (!field) { return; }
    if (select.value === 'DONE') { field.value = 100; }
    if (select.value === 'NOT_STARTED') { field.value = 0; }
  });
});
