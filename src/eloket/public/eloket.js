/*
 * The e-loket form's small helpers; the form works without them.
 * - A question asked only for one answer of another (the family member's number) is shown only then.
 * - A citizen signed in with the town's login (GET /api/public/me answers 200) finds their name, email, phone and
 *   own national-register number filled in; 401 or 404 means anonymous and nothing happens.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-eloket]');
  if (!form) return;

  function valueOf(id) {
    if (id === 'delivery') {
      var checked = form.querySelector('input[name="delivery"]:checked');
      return checked ? checked.value : '';
    }
    var el = document.getElementById(id);
    return el ? el.value : '';
  }

  function applyConditions() {
    var blocks = form.querySelectorAll('[data-when-field]');
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      var shown = valueOf(block.getAttribute('data-when-field')) === block.getAttribute('data-when-equals');
      // a block with an error stays visible, so the message next to it is read
      block.hidden = !shown && !block.classList.contains('field-error');
    }
  }
  form.addEventListener('change', applyConditions);
  applyConditions();

  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  function fill(id, value) {
    var el = document.getElementById(id);
    if (el && value && !el.value) el.value = value;
  }

  if (window.fetch) {
    fetch('/api/public/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        return res.status === 200 ? res.json() : null;
      })
      .then(function (me) {
        if (!me) return;
        fill('name', me.name);
        fill('email', me.email);
        fill('phone', me.phone);
        fill('answers-nationalRegisterNumber', me.nationalRegisterNumber);
      })
      .catch(function () {
        /* anonymous: the form is filled in by hand */
      });
  }
})();
