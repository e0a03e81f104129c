<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Search name, email, phone, notes</source>
        <translation>Cari nama, email, telepon, catatan</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>Tambah pelanggan…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Change the selected customer's name, sex, email, phone or notes</source>
        <translation>Ubah nama, jenis kelamin, email, telepon, atau catatan pelanggan yang dipilih</translation>
    </message>
    <message>
        <source>Measurement history</source>
        <translation>Riwayat ukuran</translation>
    </message>
    <message>
        <source>Every saved version is kept; pick one to load it</source>
        <translation>Setiap versi yang disimpan tetap ada; pilih satu untuk membukanya</translation>
    </message>
    <message>
        <source>No customer book: {problem}</source>
        <translation>Tidak ada buku pelanggan: {problem}</translation>
    </message>
    <message>
        <source>Book: {path}</source>
        <translation>Buku: {path}</translation>
    </message>
    <message>
        <source>Cannot read the customer book</source>
        <translation>Buku pelanggan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>{n} version, last {date}</source>
        <translation>{n} versi, terakhir {date}</translation>
    </message>
    <message>
        <source>{n} versions, last {date}</source>
        <translation>{n} versi, terakhir {date}</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>belum diukur</translation>
    </message>
    <message>
        <source>Cannot add customer</source>
        <translation>Pelanggan tidak dapat ditambahkan</translation>
    </message>
    <message>
        <source>Cannot read the measurement history</source>
        <translation>Riwayat ukuran tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Version {number} · {time}</source>
        <translation>Versi {number} · {time}</translation>
    </message>
    <message>
        <source>Saved {time}, entered in {units}</source>
        <translation>Disimpan {time}, dimasukkan dalam {units}</translation>
    </message>
    <message>
        <source>Cannot change the customer</source>
        <translation>Pelanggan tidak dapat diubah</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Ubah pelanggan</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Tambah pelanggan</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>no measurements yet: type them in, import a file or pick a customer</source>
        <translation>belum ada ukuran: ketik langsung, impor berkas, atau pilih pelanggan</translation>
    </message>
    <message>
        <source>drafting {garment}</source>
        <translation>menggambar {garment}</translation>
    </message>
    <message>
        <source>No pattern for these measurements</source>
        <translation>Tidak ada pola untuk ukuran ini</translation>
    </message>
    <message>
        <source>There is no drafted pattern yet: enter valid measurements and pick a garment first.</source>
        <translation>Belum ada pola: masukkan ukuran yang sah dan pilih busana dahulu.</translation>
    </message>
    <message>
        <source>Drafted {garment}: {n} pieces, </source>
        <translation>{garment} digambar: {n} potongan, </translation>
    </message>
    <message>
        <source>{n} checks failed</source>
        <translation>{n} pemeriksaan gagal</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>semua pemeriksaan lulus</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>kesalahan internal</translation>
    </message>
    <message>
        <source>Cannot draft: {problem}</source>
        <translation>Tidak dapat menggambar: {problem}</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <source>garment</source>
        <translation>busana</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>fabric</source>
        <translation>kain</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>kerapatan jaring</translation>
    </message>
    <message>
        <source>outfit</source>
        <translation>setelan</translation>
    </message>
    <message>
        <source>Drape mesh edge length: coarse (3 cm) drapes in seconds, fine (0.5 cm) shows small folds but is slow</source>
        <translation>Panjang sisi jaring drape: kasar (3 cm) selesai dalam hitungan detik, halus (0,5 cm) memperlihatkan lipatan kecil tetapi lambat</translation>
    </message>
    <message>
        <source>preparing the body</source>
        <translation>menyiapkan tubuh</translation>
    </message>
    <message>
        <source>Fitting the customer's body in the background, ready for Drape…</source>
        <translation>Membentuk tubuh pelanggan di latar belakang, siap untuk Drape…</translation>
    </message>
    <message>
        <source>The customer's body is ready: Drape drapes it at once</source>
        <translation>Tubuh pelanggan sudah siap: Drape langsung mengenakannya</translation>
    </message>
    <message>
        <source>the {what} changed</source>
        <translation>{what} berubah</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>Cannot drape</source>
        <translation>Tidak dapat men-drape</translation>
    </message>
    <message>
        <source>fitting the body</source>
        <translation>membentuk tubuh</translation>
    </message>
    <message>
        <source>draping</source>
        <translation>men-drape</translation>
    </message>
    <message>
        <source>preparing the cloth simulator</source>
        <translation>menyiapkan simulasi kain</translation>
    </message>
    <message>
        <source>Updating the drape</source>
        <translation>Memperbarui drape</translation>
    </message>
    <message>
        <source>Draping {garment} in {fabric}</source>
        <translation>Men-drape {garment} dengan {fabric}</translation>
    </message>
    <message>
        <source>Draping at {resolution} cm…</source>
        <translation>Men-drape dengan jaring {resolution} cm…</translation>
    </message>
    <message>
        <source>Draped in {seconds} s: {vertices} vertices, {settled}</source>
        <translation>Drape selesai dalam {seconds} dtk: {vertices} titik, {settled}</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>sudah stabil</translation>
    </message>
    <message>
        <source>NOT settled</source>
        <translation>BELUM stabil</translation>
    </message>
    <message>
        <source>{resolution} cm mesh</source>
        <translation>jaring {resolution} cm</translation>
    </message>
    <message>
        <source>TOO SMALL</source>
        <translation>TERLALU SEMPIT</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>edit measurements</source>
        <translation>ubah ukuran</translation>
    </message>
    <message>
        <source>edit {names}</source>
        <translation>ubah {names}</translation>
    </message>
    <message>
        <source>set {option}</source>
        <translation>atur {option}</translation>
    </message>
    <message>
        <source>change garment</source>
        <translation>ganti busana</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Tidak ada yang dapat diekspor</translation>
    </message>
    <message>
        <source>Drape the garment first (Ctrl+D).</source>
        <translation>Drape busana dahulu (Ctrl+D).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} page)</source>
        <translation>{path} ditulis ({n} halaman)</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} pages)</source>
        <translation>{path} ditulis ({n} halaman)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} ditulis</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Mengekspor {name}</translation>
    </message>
    <message>
        <source>A4 pages (tiled)</source>
        <translation>Kertas A4 (disambung)</translation>
    </message>
    <message>
        <source>Letter pages (tiled)</source>
        <translation>Kertas Letter (disambung)</translation>
    </message>
    <message>
        <source>Plotter roll 914 mm</source>
        <translation>Gulungan plotter 914 mm</translation>
    </message>
    <message>
        <source>Plotter roll 1600 mm</source>
        <translation>Gulungan plotter 1600 mm</translation>
    </message>
    <message>
        <source>Export DXF</source>
        <translation>Ekspor DXF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>AAMA/ASTM standard (R12)</source>
        <translation>Standar AAMA/ASTM (R12)</translation>
    </message>
    <message>
        <source>millimetres (metric)</source>
        <translation>milimeter (metrik)</translation>
    </message>
    <message>
        <source>inches (English)</source>
        <translation>inci (Inggris)</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialek</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>The fabric remembered for the {garment} ({fabric}) is no longer a preset; using the garment's own fabric.</source>
        <translation>Kain yang diingat untuk {garment} ({fabric}) sudah tidak ada di daftar; memakai kain bawaan busana itu.</translation>
    </message>
    <message>
        <source>{gsm} g/m², bending {bending} N·m, {kind}</source>
        <translation>{gsm} g/m², kekakuan lentur {bending} N·m, {kind}</translation>
    </message>
    <message>
        <source>woven</source>
        <translation>kain tenun</translation>
    </message>
    <message>
        <source>knit</source>
        <translation>kain rajut</translation>
    </message>
    <message>
        <source>Fabric (how it drapes)</source>
        <translation>Kain (cara jatuhnya)</translation>
    </message>
    <message>
        <source>Look (how it shows in 3D)</source>
        <translation>Tampilan (cara tampil di 3D)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Warna…</translation>
    </message>
    <message>
        <source>Choose the fabric's main colour</source>
        <translation>Pilih warna utama kain</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Warna bawaan</translation>
    </message>
    <message>
        <source>Fabric colour</source>
        <translation>Warna kain</translation>
    </message>
    <message>
        <source>{look} look</source>
        <translation>tampilan {look}</translation>
    </message>
    <message>
        <source> in {colour}</source>
        <translation> warna {colour}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bebas</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} sampai {high}</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>salah satu: {choices}</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ya atau tidak</translation>
    </message>
    <message>
        <source>{range}; default {default}</source>
        <translation>{range}; bawaan {default}</translation>
    </message>
    <message>
        <source>Worn with</source>
        <translation>Dipakai dengan</translation>
    </message>
    <message>
        <source>A second garment draped with this one: a top over a bottom, or a jacket over a shirt or a bottom (the garment underneath is draped first, the other over it)</source>
        <translation>Busana kedua yang di-drape bersama busana ini: atasan di atas bawahan, atau jas di atas kemeja atau bawahan (busana di bagian dalam di-drape dahulu, yang lain di atasnya)</translation>
    </message>
    <message>
        <source>Reset options to defaults</source>
        <translation>Kembalikan opsi ke bawaan</translation>
    </message>
    <message>
        <source>Reading the garment catalogue…</source>
        <translation>Membaca katalog busana…</translation>
    </message>
    <message>
        <source>{garment}: drafted after {system}</source>
        <translation>{garment}: digambar menurut {system}</translation>
    </message>
    <message>
        <source>Drafted after {system}. For: {sexes}.</source>
        <translation>Digambar menurut {system}. Untuk: {sexes}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>masalah</translation>
    </message>
    <message>
        <source>Something went wrong inside MTM Studio:</source>
        <translation>Terjadi kesalahan di dalam MTM Studio:</translation>
    </message>
    <message>
        <source>Details were printed to the terminal; please report them.</source>
        <translation>Rinciannya dicetak ke terminal; mohon laporkan kepada kami.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop the running job (Esc)</source>
        <translation>Hentikan pekerjaan yang berjalan (Esc)</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>membatalkan…</translation>
    </message>
    <message>
        <source>Drafted patterns appear here.

Pick a garment and its style options, and its pieces are drafted from the measurements on the right, ready to check and to export as cut files.</source>
        <translation>Pola yang digambar tampil di sini.

Pilih busana dan opsi modelnya, lalu potongan-potongannya digambar dari ukuran di sebelah kanan, siap diperiksa dan diekspor sebagai berkas potong.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>The customer's body and the draped garment appear here in 3D.

The body is built to match the measurements on the right.</source>
        <translation>Tubuh pelanggan dan busana yang dicobakan tampil di sini dalam 3D.

Tubuh dibuat sesuai ukuran di sebelah kanan.</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import measurements…</source>
        <translation>&amp;Impor ukuran…</translation>
    </message>
    <message>
        <source>&amp;Export measurements…</source>
        <translation>&amp;Ekspor ukuran…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>&amp;Tambah pelanggan…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Ubah pelanggan…</translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation>&amp;Simpan versi baru</translation>
    </message>
    <message>
        <source>&amp;Estimate missing measurements</source>
        <translation>&amp;Perkirakan ukuran yang kurang</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About MTM Studio</source>
        <translation>&amp;Tentang MTM Studio</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Belum ada pelanggan dipilih</translation>
    </message>
    <message>
        <source>Cannot read the measurements</source>
        <translation>Ukuran tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Pelanggan: {name}</translation>
    </message>
    <message>
        <source>version {number}, saved {stamp}</source>
        <translation>versi {number}, disimpan {stamp}</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Select or add a customer first.</source>
        <translation>Pilih atau tambah pelanggan dahulu.</translation>
    </message>
    <message>
        <source>Cannot save the measurements</source>
        <translation>Ukuran tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Saved version {number} for {name}</source>
        <translation>Versi {number} untuk {name} disimpan</translation>
    </message>
    <message>
        <source>Unsaved measurements</source>
        <translation>Ukuran belum disimpan</translation>
    </message>
    <message>
        <source>The measurements were changed but not saved. Discard the changes?</source>
        <translation>Ukuran telah diubah tetapi belum disimpan. Buang perubahan?</translation>
    </message>
    <message>
        <source>About MTM Studio</source>
        <translation>Tentang MTM Studio</translation>
    </message>
    <message>
        <source>Made-to-measure clothing: measurements, bodies, drafted patterns, draping and cut files.</source>
        <translation>Busana ukuran pesanan: ukuran badan, tubuh, pola, uji drape, dan berkas potong.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>belum diukur</translation>
    </message>
    <message>
        <source>name shown on exports</source>
        <translation>nama pada berkas ekspor</translation>
    </message>
    <message>
        <source>Typical ranges and estimates depend on sex</source>
        <translation>Rentang umum dan perkiraan bergantung pada jenis kelamin</translation>
    </message>
    <message>
        <source>Units of the length fields; values convert when switched</source>
        <translation>Satuan ukuran panjang; nilai dikonversi saat diganti</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Read measurements from a .json, .csv, Seamly2D or Valentina file</source>
        <translation>Baca ukuran dari berkas .json, .csv, Seamly2D, atau Valentina</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Write these measurements to a .json, .csv or .vit file</source>
        <translation>Tulis ukuran ini ke berkas .json, .csv, atau .vit</translation>
    </message>
    <message>
        <source>Estimate missing</source>
        <translation>Perkirakan yang kurang</translation>
    </message>
    <message>
        <source>Fill empty fields from height, chest, waist and hip (ANSUR II regressions); estimated values are shown in italics</source>
        <translation>Isi kolom kosong dari tinggi, lingkar dada, pinggang, dan panggul (regresi ANSUR II); nilai perkiraan tampil miring</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Simpan versi baru</translation>
    </message>
    <message>
        <source>Save these measurements to the customer book as a new version; earlier versions are kept</source>
        <translation>Simpan ukuran ini ke buku pelanggan sebagai versi baru; versi lama tetap disimpan</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>diubah, belum disimpan</translation>
    </message>
    <message>
        <source>Cannot import measurements</source>
        <translation>Ukuran tidak dapat diimpor</translation>
    </message>
    <message>
        <source>Cannot export measurements</source>
        <translation>Ukuran tidak dapat diekspor</translation>
    </message>
    <message>
        <source>Cannot estimate measurements</source>
        <translation>Ukuran tidak dapat diperkirakan</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Impor ukuran</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>Ekspor ukuran</translation>
    </message>
    <message>
        <source>Estimated, not measured: type a measured value to replace it.</source>
        <translation>Perkiraan, bukan hasil ukur: ketik nilai hasil ukur untuk menggantinya.</translation>
    </message>
    <message>
        <source>{n} further measurement from the imported file (not in the catalogue) is kept and exported again.</source>
        <translation>{n} ukuran lain dari berkas impor (tidak ada di katalog) disimpan dan diekspor kembali.</translation>
    </message>
    <message>
        <source>{n} further measurements from the imported file (not in the catalogue) are kept and exported again.</source>
        <translation>{n} ukuran lain dari berkas impor (tidak ada di katalog) disimpan dan diekspor kembali.</translation>
    </message>
    <message>
        <source>No measurements yet: type them in or import a file.</source>
        <translation>Belum ada ukuran: ketik langsung atau impor berkas.</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <source>: fix the fields marked red before saving.</source>
        <translation>: perbaiki kolom bertanda merah sebelum menyimpan.</translation>
    </message>
    <message>
        <source>: unusual values, please check them.</source>
        <translation>: nilai tidak biasa, mohon periksa.</translation>
    </message>
    <message>
        <source>{n} measurement</source>
        <translation>{n} ukuran</translation>
    </message>
    <message>
        <source>{n} measurements</source>
        <translation>{n} ukuran</translation>
    </message>
    <message>
        <source>, all valid.</source>
        <translation>, semuanya sah.</translation>
    </message>
    <message>
        <source>Select or add a customer to save measurements.</source>
        <translation>Pilih atau tambah pelanggan untuk menyimpan ukuran.</translation>
    </message>
    <message>
        <source>Fix the errors before saving.</source>
        <translation>Perbaiki kesalahan sebelum menyimpan.</translation>
    </message>
    <message>
        <source>Enter some measurements first.</source>
        <translation>Masukkan ukuran dahulu.</translation>
    </message>
    <message>
        <source>Save these measurements to the customer book as a new version.</source>
        <translation>Simpan ukuran ini ke buku pelanggan sebagai versi baru.</translation>
    </message>
    <message>
        <source>{length} cm (allowance {allowance} cm)</source>
        <translation>{length} cm (kampuh {allowance} cm)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Tape: off</source>
        <translation>Meteran: mati</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Pas layar</translation>
    </message>
    <message>
        <source>Fit the pattern to the view</source>
        <translation>Paskan pola ke tampilan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Tape: distance</source>
        <translation>Meteran: jarak</translation>
    </message>
    <message>
        <source>Measure a straight distance: click two points</source>
        <translation>Ukur jarak lurus: klik dua titik</translation>
    </message>
    <message>
        <source>Tape: along curve</source>
        <translation>Meteran: kurva</translation>
    </message>
    <message>
        <source>Measure along a sew line: click an edge for its length, or two points on it</source>
        <translation>Ukur sepanjang garis jahit: klik satu sisi untuk panjangnya, atau dua titik di sisi itu</translation>
    </message>
    <message>
        <source>Graded nest</source>
        <translation>Susunan grading</translation>
    </message>
    <message>
        <source>Show every size of a size table stacked on each piece</source>
        <translation>Tampilkan setiap ukuran dari tabel ukuran bertumpuk pada tiap potongan</translation>
    </message>
    <message>
        <source>Size table of the graded nest</source>
        <translation>Tabel ukuran untuk susunan grading</translation>
    </message>
    <message>
        <source>drill hole {name}</source>
        <translation>lubang bor {name}</translation>
    </message>
    <message>
        <source>grain line</source>
        <translation>arah serat</translation>
    </message>
    <message>
        <source>; place on fold ({edge})</source>
        <translation>; letakkan pada lipatan ({edge})</translation>
    </message>
    <message>
        <source>cut {n}</source>
        <translation>potong {n}</translation>
    </message>
    <message>
        <source> on fold</source>
        <translation> pada lipatan</translation>
    </message>
    <message>
        <source>size {size}</source>
        <translation>ukuran {size}</translation>
    </message>
    <message>
        <source>No pattern.</source>
        <translation>Tidak ada pola.</translation>
    </message>
    <message>
        <source>{pieces} pieces; {passed} of {checks} checks passed</source>
        <translation>{pieces} potongan; {passed} dari {checks} pemeriksaan lulus</translation>
    </message>
    <message>
        <source>; {n} FAILED: pick one to see where.</source>
        <translation>; {n} GAGAL: pilih satu untuk melihat letaknya.</translation>
    </message>
    <message>
        <source>Tape: click two points</source>
        <translation>Meteran: klik dua titik</translation>
    </message>
    <message>
        <source>Tape: click an edge, or two points on one edge</source>
        <translation>Meteran: klik satu sisi, atau dua titik pada satu sisi</translation>
    </message>
    <message>
        <source>Tape: click on a sew line (dashed)</source>
        <translation>Meteran: klik pada garis jahit (putus-putus)</translation>
    </message>
    <message>
        <source>Tape: click the second point</source>
        <translation>Meteran: klik titik kedua</translation>
    </message>
    <message>
        <source>Distance: {length}</source>
        <translation>Jarak: {length}</translation>
    </message>
    <message>
        <source>{length} along the curve</source>
        <translation>{length} sepanjang kurva</translation>
    </message>
    <message>
        <source>No size tables are available for a graded nest.</source>
        <translation>Tidak ada tabel ukuran untuk susunan grading.</translation>
    </message>
    <message>
        <source>Graded nest: {problem}</source>
        <translation>Susunan grading: {problem}</translation>
    </message>
    <message>
        <source>{garment}, table {table}: sizes {sizes} (base {base} bold)</source>
        <translation>{garment}, tabel {table}: ukuran {sizes} (dasar {base} tebal)</translation>
    </message>
    <message>
        <source>Graded nest: {n} sizes of {table}.</source>
        <translation>Susunan grading: {n} ukuran dari {table}.</translation>
    </message>
    <message>
        <source>MTM project (*.mtm)</source>
        <translation>Proyek MTM (*.mtm)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>from the project</source>
        <translation>dari proyek</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Proyek tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} disimpan</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Simpan proyek</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Proyek tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} dibuka</translation>
    </message>
    <message>
        <source>Unsaved project</source>
        <translation>Proyek belum disimpan</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Discard them?</source>
        <translation>Proyek punya perubahan yang belum disimpan. Buang perubahan?</translation>
    </message>
    <message>
        <source>Save the project before closing?</source>
        <translation>Simpan proyek sebelum menutup?</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>Simpan otomatis gagal: {problem}</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Tersimpan otomatis</translation>
    </message>
    <message>
        <source>Recover work</source>
        <translation>Pulihkan pekerjaan</translation>
    </message>
    <message>
        <source>MTM Studio did not close properly last time. Recover the work saved automatically at {time}?</source>
        <translation>MTM Studio tidak ditutup dengan benar terakhir kali. Pulihkan pekerjaan yang tersimpan otomatis pada {time}?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <source>Recovered the autosaved work; save it to keep it</source>
        <translation>Pekerjaan simpanan otomatis dipulihkan; simpan untuk menyimpannya</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>Biru dongker</translation>
    </message>
    <message>
        <source>Ivory</source>
        <translation>Gading</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Merah</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Hitam</translation>
    </message>
    <message>
        <source>Sage</source>
        <translation>Hijau sage</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Pasir</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Biru langit</translation>
    </message>
    <message>
        <source>Burgundy</source>
        <translation>Merah marun</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Depan</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Samping</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Belakang</translation>
    </message>
    <message>
        <source>Showroom - {garment}</source>
        <translation>Ruang pamer - {garment}</translation>
    </message>
    <message>
        <source>Turntable</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Compare colourways</source>
        <translation>Bandingkan warna</translation>
    </message>
    <message>
        <source>Compare with previous drape</source>
        <translation>Bandingkan dengan drape sebelumnya</translation>
    </message>
    <message>
        <source>Drape another fit or size first: the drape before the current one appears here</source>
        <translation>Drape model atau ukuran lain dulu: drape sebelum yang sekarang tampil di sini</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Left view:</source>
        <translation>Tampilan kiri:</translation>
    </message>
    <message>
        <source>Right view:</source>
        <translation>Tampilan kanan:</translation>
    </message>
    <message>
        <source>Customer book unavailable</source>
        <translation>Buku pelanggan tidak tersedia</translation>
    </message>
    <message>
        <source>The studio opens without a customer book.</source>
        <translation>Studio dibuka tanpa buku pelanggan.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyek</translation>
    </message>
    <message>
        <source>&amp;Garment</source>
        <translation>&amp;Busana</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Eks&amp;por</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>Proyek &amp;baru</translation>
    </message>
    <message>
        <source>Start a new project (customer, garment, fabric)</source>
        <translation>Mulai proyek baru (pelanggan, busana, kain)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Buka proyek…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Simpan proyek</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Simpan proyek &amp;sebagai…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terbaru</translation>
    </message>
    <message>
        <source>&amp;Drape</source>
        <translation>&amp;Drape</translation>
    </message>
    <message>
        <source>Fit the body to the measurements and drape the garment on it (runs in the background)</source>
        <translation>Bentuk tubuh sesuai ukuran dan kenakan busana padanya (berjalan di latar belakang)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Redrape by itself a moment after an edit, starting from the drape shown</source>
        <translation>Drape ulang sendiri sesaat setelah diubah, mulai dari drape yang tampil</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Batalkan pekerjaan</translation>
    </message>
    <message>
        <source>Stop the running fit or drape</source>
        <translation>Hentikan pembentukan tubuh atau drape yang berjalan</translation>
    </message>
    <message>
        <source>&amp;Redraft now</source>
        <translation>Gambar &amp;ulang sekarang</translation>
    </message>
    <message>
        <source>Show &amp;pattern</source>
        <translation>Tampilkan &amp;pola</translation>
    </message>
    <message>
        <source>Show &amp;3D</source>
        <translation>Tampilkan &amp;3D</translation>
    </message>
    <message>
        <source>Sho&amp;wroom</source>
        <translation>Ruang pa&amp;mer</translation>
    </message>
    <message>
        <source>Show the draped garment to the customer full screen</source>
        <translation>Tampilkan pakaian yang di-drape kepada pelanggan dalam layar penuh</translation>
    </message>
    <message>
        <source>&amp;Detailed body skin</source>
        <translation>Kulit tubuh &amp;detail</translation>
    </message>
    <message>
        <source>Show and drape on the detailed body skin instead of the smooth mannequin finish (from the next drape)</source>
        <translation>Tampilkan dan jatuhkan kain pada kulit tubuh detail, bukan permukaan manekin yang halus (mulai drape berikutnya)</translation>
    </message>
    <message>
        <source>Pattern &amp;DXF (AAMA/ASTM)…</source>
        <translation>Pola &amp;DXF (AAMA/ASTM)…</translation>
    </message>
    <message>
        <source>&amp;Cutter DXF…</source>
        <translation>DXF mesin &amp;potong…</translation>
    </message>
    <message>
        <source>&amp;PDF (plotter or tiled)…</source>
        <translation>&amp;PDF (plotter atau disambung)…</translation>
    </message>
    <message>
        <source>&amp;SVG preview…</source>
        <translation>Pratinjau &amp;SVG…</translation>
    </message>
    <message>
        <source>3D picture (P&amp;NG)…</source>
        <translation>Gambar 3D (P&amp;NG)…</translation>
    </message>
    <message>
        <source>&amp;Turntable (GIF/MP4)…</source>
        <translation>&amp;Putaran (GIF/MP4)…</translation>
    </message>
    <message>
        <source>3D model (&amp;GLB)…</source>
        <translation>Model 3D (&amp;GLB)…</translation>
    </message>
    <message>
        <source>P&amp;hoto with caption (PNG)…</source>
        <translation>&amp;Foto dengan keterangan (PNG)…</translation>
    </message>
    <message>
        <source>A picture with the customer's name, garment and fabric under it, for messaging apps</source>
        <translation>Gambar dengan nama pelanggan, pakaian dan kain di bawahnya, untuk aplikasi pesan</translation>
    </message>
    <message>
        <source>Share pa&amp;ge (HTML)…</source>
        <translation>&amp;Halaman berbagi (HTML)…</translation>
    </message>
    <message>
        <source>One HTML file with the garment in 3D that the customer opens offline, on a phone too</source>
        <translation>Satu berkas HTML berisi pakaian dalam 3D yang dapat dibuka pelanggan tanpa internet, juga di ponsel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>mesh</source>
        <translation>jaring</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Kain</translation>
    </message>
    <message>
        <source>Fit map: stretch</source>
        <translation>Peta regangan</translation>
    </message>
    <message>
        <source>Fit map: ease</source>
        <translation>Peta kelonggaran</translation>
    </message>
    <message>
        <source>Three quarter</source>
        <translation>Sudut 3/4</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>Drape again</source>
        <translation>Drape ulang</translation>
    </message>
    <message>
        <source>The customer's body and the draped garment appear here.

Press Drape (Ctrl+D) to fit the body to the measurements and drape the garment.</source>
        <translation>Tubuh pelanggan dan busana yang dicobakan tampil di sini.

Tekan Drape (Ctrl+D) untuk membentuk tubuh sesuai ukuran dan mengenakan busana padanya.</translation>
    </message>
    <message>
        <source>Camera: {name}</source>
        <translation>Kamera: {name}</translation>
    </message>
    <message>
        <source>Colour the garment by its fabric, or by stretch (%) or ease (cm from the skin)</source>
        <translation>Warnai busana menurut kainnya, atau menurut regangan (%) atau kelonggaran (cm dari kulit)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Tubuh</translation>
    </message>
    <message>
        <source>Show or hide the body under the garment</source>
        <translation>Tampilkan atau sembunyikan tubuh di bawah busana</translation>
    </message>
    <message>
        <source>Updating the drape for the latest changes…</source>
        <translation>Memperbarui drape untuk perubahan terbaru…</translation>
    </message>
    <message>
        <source>The drape is out of date: {why}. Drape again to see the garment as drafted now.</source>
        <translation>Hasil drape sudah usang: {why}. Drape ulang untuk melihat busana sesuai pola sekarang.</translation>
    </message>
    <message>
        <source>the pattern changed</source>
        <translation>pola berubah</translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation>membaca katalog</translation>
    </message>
    <message>
        <source>loading the 3D rooms</source>
        <translation>memuat bagian 3D</translation>
    </message>
    <message>
        <source>Preparing the cloth simulator in the background…</source>
        <translation>Menyiapkan simulasi kain di latar belakang…</translation>
    </message>
    <message>
        <source>Cloth simulator ready ({seconds} s)</source>
        <translation>Simulasi kain siap ({seconds} dtk)</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Busana</translation>
    </message>
    <message>
        <source>The language changes when MTM Studio is started again.</source>
        <translation>Bahasa berganti saat MTM Studio dijalankan lagi.</translation>
    </message>
    <message>
        <source>Drape the garment first (Ctrl+D): the showroom shows the drape</source>
        <translation>Drape pakaian dulu (Ctrl+D): ruang pamer menampilkan hasil drape</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>outline</source>
        <translation>garis luar</translation>
    </message>
    <message>
        <source>seam</source>
        <translation>jahitan</translation>
    </message>
    <message>
        <source>notches</source>
        <translation>takik</translation>
    </message>
    <message>
        <source>ease</source>
        <translation>kelonggaran</translation>
    </message>
    <message>
        <source>girth</source>
        <translation>lingkar jadi</translation>
    </message>
    <message>
        <source>smooth</source>
        <translation>kelancaran</translation>
    </message>
</context>
<context>
    <name>Fabrics</name>
    <message>
        <source>Cotton single jersey (knit)</source>
        <translation>Kaus katun single jersey (rajut)</translation>
    </message>
    <message>
        <source>Cotton poplin (plain weave shirting)</source>
        <translation>Katun poplin (kemeja tenun polos)</translation>
    </message>
    <message>
        <source>Denim (3/1 twill, about 12 oz/yd^2)</source>
        <translation>Denim (kepar 3/1, sekitar 12 oz/yd^2)</translation>
    </message>
    <message>
        <source>Linen (medium plain weave)</source>
        <translation>Linen (tenun polos sedang)</translation>
    </message>
    <message>
        <source>Silk charmeuse (satin, about 19 momme)</source>
        <translation>Sutra charmeuse (satin, sekitar 19 momme)</translation>
    </message>
    <message>
        <source>Wool suiting (worsted twill)</source>
        <translation>Wol setelan (kepar worsted)</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>polos</translation>
    </message>
    <message>
        <source>stripes</source>
        <translation>garis</translation>
    </message>
    <message>
        <source>breton</source>
        <translation>garis breton</translation>
    </message>
    <message>
        <source>gingham</source>
        <translation>kotak gingham</translation>
    </message>
    <message>
        <source>check</source>
        <translation>kotak-kotak</translation>
    </message>
    <message>
        <source>denim</source>
        <translation>denim</translation>
    </message>
    <message>
        <source>herringbone</source>
        <translation>tulang ikan</translation>
    </message>
    <message>
        <source>jersey</source>
        <translation>kaus</translation>
    </message>
</context>
<context>
    <name>Garments</name>
    <message>
        <source>T-shirt</source>
        <translation>Kaus (T-shirt)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: easy-fitting bodice, T-shirt and one-piece sleeve blocks (cap fitted numerically to the armhole)</source>
        <translation>Aldrich, Metric Pattern Cutting (pria / wanita): pola dasar badan longgar, kaus, dan lengan satu bagian (puncak lengan dipaskan ke lingkar kerung lengan secara numerik)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kepasan</translation>
    </message>
    <message>
        <source>ease over the body: slim, regular or oversized (dropped shoulder)</source>
        <translation>kelonggaran terhadap tubuh: pas badan, reguler, atau longgar (bahu turun)</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>pas badan</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>reguler</translation>
    </message>
    <message>
        <source>oversized</source>
        <translation>longgar</translation>
    </message>
    <message>
        <source>Sleeve</source>
        <translation>Lengan</translation>
    </message>
    <message>
        <source>sleeve length style</source>
        <translation>model panjang lengan</translation>
    </message>
    <message>
        <source>short</source>
        <translation>pendek</translation>
    </message>
    <message>
        <source>long</source>
        <translation>panjang</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Panjang</translation>
    </message>
    <message>
        <source>hem position below the hip line</source>
        <translation>letak kelim di bawah garis panggul</translation>
    </message>
    <message>
        <source>Short sleeve length</source>
        <translation>Panjang lengan pendek</translation>
    </message>
    <message>
        <source>short sleeve length from the shoulder</source>
        <translation>panjang lengan pendek dari bahu</translation>
    </message>
    <message>
        <source>Neck drop</source>
        <translation>Turun leher</translation>
    </message>
    <message>
        <source>extra depth of the front neckline</source>
        <translation>tambahan kedalaman garis leher depan</translation>
    </message>
    <message>
        <source>Neckband width</source>
        <translation>Lebar rib leher</translation>
    </message>
    <message>
        <source>finished width of the folded neckband</source>
        <translation>lebar jadi rib leher yang dilipat</translation>
    </message>
    <message>
        <source>Neckband ratio</source>
        <translation>Rasio rib leher</translation>
    </message>
    <message>
        <source>neckband length as a share of the neckline (stretch)</source>
        <translation>panjang rib leher terhadap garis leher (regangan)</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Kemeja</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear: classic shirt block, one-piece shirt sleeve and two-piece shirt collar (cap fitted numerically to the armhole)</source>
        <translation>Aldrich, Metric Pattern Cutting (pria): pola dasar kemeja klasik, lengan kemeja satu bagian, dan kerah kemeja dua bagian (puncak lengan dipaskan ke kerung lengan secara numerik)</translation>
    </message>
    <message>
        <source>hem position at the centre front below the hip line</source>
        <translation>letak kelim di tengah depan di bawah garis panggul</translation>
    </message>
    <message>
        <source>Tail rise</source>
        <translation>Naik ekor</translation>
    </message>
    <message>
        <source>how far the curved hem rises at the side seam</source>
        <translation>seberapa tinggi kelim lengkung naik di jahitan sisi</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Kancing</translation>
    </message>
    <message>
        <source>number of buttons on the front (plus one on the collar stand)</source>
        <translation>jumlah kancing di depan (ditambah satu di kaki kerah)</translation>
    </message>
    <message>
        <source>Button extension</source>
        <translation>Lebar plaket kancing</translation>
    </message>
    <message>
        <source>button stand extension beyond the centre front</source>
        <translation>lebar tambahan plaket kancing di luar tengah depan</translation>
    </message>
    <message>
        <source>Cuff depth</source>
        <translation>Lebar manset</translation>
    </message>
    <message>
        <source>finished cuff depth</source>
        <translation>lebar jadi manset</translation>
    </message>
    <message>
        <source>Cuff ease</source>
        <translation>Kelonggaran manset</translation>
    </message>
    <message>
        <source>finished cuff girth minus wrist girth</source>
        <translation>lingkar jadi manset dikurangi lingkar pergelangan tangan</translation>
    </message>
    <message>
        <source>Placket length</source>
        <translation>Panjang belahan lengan</translation>
    </message>
    <message>
        <source>length of the sleeve placket slit</source>
        <translation>panjang belahan plaket lengan</translation>
    </message>
    <message>
        <source>Stand height</source>
        <translation>Tinggi kaki kerah</translation>
    </message>
    <message>
        <source>collar stand height at the centre back</source>
        <translation>tinggi kaki kerah di tengah belakang</translation>
    </message>
    <message>
        <source>Collar point</source>
        <translation>Ujung kerah</translation>
    </message>
    <message>
        <source>collar point length</source>
        <translation>panjang ujung kerah</translation>
    </message>
    <message>
        <source>Skirt (straight or A-line)</source>
        <translation>Rok (lurus atau A-line)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: straight skirt block and its A-line adaptation (side flare from the hip line)</source>
        <translation>Aldrich, Metric Pattern Cutting (wanita): pola dasar rok lurus dan variasi A-line-nya (kembang sisi dari garis panggul)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>straight, or A-line flared from the hip</source>
        <translation>lurus, atau A-line yang melebar dari panggul</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>lurus</translation>
    </message>
    <message>
        <source>aline</source>
        <translation>A-line</translation>
    </message>
    <message>
        <source>waist to hem at the centre front</source>
        <translation>pinggang sampai kelim di tengah depan</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Kembang</translation>
    </message>
    <message>
        <source>A-line: side seam spread at the hem, per side seam</source>
        <translation>A-line: lebar bukaan jahitan sisi di kelim, per jahitan sisi</translation>
    </message>
    <message>
        <source>Hip ease</source>
        <translation>Kelonggaran panggul</translation>
    </message>
    <message>
        <source>finished hip girth minus body hip girth</source>
        <translation>lingkar panggul jadi dikurangi lingkar panggul badan</translation>
    </message>
    <message>
        <source>Waist ease</source>
        <translation>Kelonggaran pinggang</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth</source>
        <translation>lingkar pinggang jadi dikurangi lingkar pinggang badan</translation>
    </message>
    <message>
        <source>Waistband width</source>
        <translation>Lebar ban pinggang</translation>
    </message>
    <message>
        <source>finished width of the waistband</source>
        <translation>lebar jadi ban pinggang</translation>
    </message>
    <message>
        <source>Zip length</source>
        <translation>Panjang ritsleting</translation>
    </message>
    <message>
        <source>centre-back zip opening below the waistband</source>
        <translation>bukaan ritsleting tengah belakang di bawah ban pinggang</translation>
    </message>
    <message>
        <source>Vent</source>
        <translation>Belahan</translation>
    </message>
    <message>
        <source>straight style: centre-back walking vent above the hem (0: none)</source>
        <translation>model lurus: belahan tengah belakang di atas kelim (0: tanpa)</translation>
    </message>
    <message>
        <source>Trousers (pleat or dart front, zip fly)</source>
        <translation>Celana panjang (lipit atau kup depan, ritsleting depan)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block, with the Müller &amp; Sohn seat angle and back-fork drop; crotch seam fitted to the crotch length</source>
        <translation>Aldrich, Metric Pattern Cutting (wanita / pria): pola dasar celana, dengan sudut dudukan dan turun pesak belakang Müller &amp; Sohn; jahitan pesak dipaskan ke panjang pesak</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Depan</translation>
    </message>
    <message>
        <source>front waist shaping: one pleat or one dart</source>
        <translation>bentuk pinggang depan: satu lipit atau satu kup</translation>
    </message>
    <message>
        <source>pleat</source>
        <translation>lipit</translation>
    </message>
    <message>
        <source>dart</source>
        <translation>kup</translation>
    </message>
    <message>
        <source>Pleat depth</source>
        <translation>Dalam lipit</translation>
    </message>
    <message>
        <source>depth of the front pleat</source>
        <translation>kedalaman lipit depan</translation>
    </message>
    <message>
        <source>Hem girth</source>
        <translation>Lingkar kaki celana</translation>
    </message>
    <message>
        <source>leg opening girth (never under ankle girth + 12 cm)</source>
        <translation>lingkar bukaan kaki (tidak kurang dari lingkar pergelangan kaki + 12 cm)</translation>
    </message>
    <message>
        <source>Hem height</source>
        <translation>Tinggi kelim</translation>
    </message>
    <message>
        <source>hem above the floor at the side seam (the hem stays at least 5 cm below the knee line)</source>
        <translation>kelim di atas lantai pada jahitan sisi (kelim tetap paling sedikit 5 cm di bawah garis lutut)</translation>
    </message>
    <message>
        <source>Sheath dress (fitted bodice and straight skirt, sleeveless)</source>
        <translation>Gaun sheath (badan pas dan rok lurus, tanpa lengan)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block with side bust dart and waist darts, joined to the straight skirt block</source>
        <translation>Aldrich, Metric Pattern Cutting (wanita): pola dasar badan pas dengan kup dada samping dan kup pinggang, disambung ke pola dasar rok lurus</translation>
    </message>
    <message>
        <source>skirt length, waist to hem</source>
        <translation>panjang rok, pinggang sampai kelim</translation>
    </message>
    <message>
        <source>Chest ease</source>
        <translation>Kelonggaran dada</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth</source>
        <translation>lingkar dada jadi dikurangi lingkar dada badan</translation>
    </message>
    <message>
        <source>Zip below waist</source>
        <translation>Ritsleting di bawah pinggang</translation>
    </message>
    <message>
        <source>zip opening below the waist seam</source>
        <translation>bukaan ritsleting di bawah jahitan pinggang</translation>
    </message>
    <message>
        <source>Facing width</source>
        <translation>Lebar lapisan</translation>
    </message>
    <message>
        <source>depth of the facings below the neckline at the centre lines</source>
        <translation>kedalaman lapisan di bawah garis leher pada garis tengah</translation>
    </message>
    <message>
        <source>centre-back walking vent above the hem (0: none)</source>
        <translation>belahan tengah belakang di atas kelim (0: tanpa)</translation>
    </message>
    <message>
        <source>Tailored jacket</source>
        <translation>Jas</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: tailored jacket block (three-panel body, notched lapel on the break line, two-piece sleeve fitted numerically to the armhole)</source>
        <translation>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: pola dasar jas (badan tiga panel, kerah jas bertakik pada garis lipatan, lengan dua bagian yang dicocokkan secara numerik dengan kerung lengan)</translation>
    </message>
    <message>
        <source>ease over the body: slim, regular or comfort</source>
        <translation>Kelonggaran terhadap badan: slim, reguler atau longgar</translation>
    </message>
    <message>
        <source>comfort</source>
        <translation>Longgar</translation>
    </message>
    <message>
        <source>buttons on the single-breasted front (the top one at the break point)</source>
        <translation>Jumlah kancing pada bagian depan berkancing tunggal (kancing teratas di titik patah revers)</translation>
    </message>
    <message>
        <source>Lapel width</source>
        <translation>Lebar kelepak</translation>
    </message>
    <message>
        <source>lapel width at its point, square from the break line</source>
        <translation>Lebar revers di ujungnya, diukur tegak lurus dari garis patah revers</translation>
    </message>
    <message>
        <source>Vents</source>
        <translation>Belahan</translation>
    </message>
    <message>
        <source>back vents: none, one at the centre back or two at the sides</source>
        <translation>Belahan belakang: tanpa, satu di tengah belakang atau dua di samping</translation>
    </message>
    <message>
        <source>none</source>
        <translation>Tanpa</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Tengah belakang</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Samping</translation>
    </message>
    <message>
        <source>Shoulder pad</source>
        <translation>Bantalan bahu</translation>
    </message>
    <message>
        <source>height of the shoulder pad the shoulder is raised for</source>
        <translation>Tebal bantalan bahu yang menaikkan bahu</translation>
    </message>
    <message>
        <source>Áo dài (fitted long tunic, raglan or set-in sleeves, mandarin collar)</source>
        <translation>Áo dài (tunik panjang pas badan, lengan raglan atau lengan pasang, kerah shanghai)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block, raglan conversion and Chinese (stand) collar; bust point and front length from the áo dài tailor's card (neck to bust point, front and back waist lengths)</source>
        <translation>Aldrich, Metric Pattern Cutting for Women's Wear: pola dasar badan pas badan, konversi raglan dan kerah berdiri (Cina); titik dada dan panjang depan dari kartu ukuran penjahit áo dài (leher ke titik dada, panjang punggung depan dan belakang)</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>potongan</translation>
    </message>
    <message>
        <source>women's (fitted, darts) or men's (looser, no darts) cut; auto follows the customer's sex</source>
        <translation>potongan wanita (pas, dengan kupnat) atau pria (lebih longgar, tanpa kupnat); otomatis mengikuti jenis kelamin pelanggan</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>women</source>
        <translation>wanita</translation>
    </message>
    <message>
        <source>men</source>
        <translation>pria</translation>
    </message>
    <message>
        <source>hem level: just below the knee, mid-calf or near the ankle (auto: mid-calf for women, knee for men)</source>
        <translation>letak keliman: di bawah lutut, setengah betis atau dekat mata kaki (otomatis: wanita setengah betis, pria lutut)</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>lutut</translation>
    </message>
    <message>
        <source>mid calf</source>
        <translation>setengah betis</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>mata kaki</translation>
    </message>
    <message>
        <source>raglan (the modern cut) or set-in sleeves</source>
        <translation>lengan raglan (potongan modern) atau lengan pasang</translation>
    </message>
    <message>
        <source>raglan</source>
        <translation>raglan</translation>
    </message>
    <message>
        <source>set in</source>
        <translation>lengan pasang</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth (men's cut adds 6 cm)</source>
        <translation>lingkar dada jadi dikurangi lingkar dada badan (potongan pria tambah 6 cm)</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth (men's cut adds 6 cm)</source>
        <translation>lingkar pinggang jadi dikurangi lingkar pinggang badan (potongan pria tambah 6 cm)</translation>
    </message>
    <message>
        <source>Collar height</source>
        <translation>tinggi kerah</translation>
    </message>
    <message>
        <source>height of the stand collar (cổ cao)</source>
        <translation>tinggi kerah berdiri</translation>
    </message>
    <message>
        <source>Sleeve ease</source>
        <translation>kelonggaran lengan atas</translation>
    </message>
    <message>
        <source>finished sleeve width at the biceps minus upper arm girth (bắp tay; men's cut adds 1 cm)</source>
        <translation>lebar lengan jadi di lengan atas dikurangi lingkar lengan atas (potongan pria tambah 1 cm)</translation>
    </message>
    <message>
        <source>Sleeve opening ease</source>
        <translation>kelonggaran lubang lengan</translation>
    </message>
    <message>
        <source>sleeve opening (cửa tay) minus wrist girth</source>
        <translation>lingkar lubang lengan dikurangi lingkar pergelangan</translation>
    </message>
    <message>
        <source>Hem flare</source>
        <translation>kembang keliman</translation>
    </message>
    <message>
        <source>how far each panel widens at the hem beyond the hip, per side</source>
        <translation>seberapa lebar tiap panel melebar di keliman melewati panggul, per sisi</translation>
    </message>
    <message>
        <source>Áo dài trousers (quần: straight wide legs, elastic or side-buttoned waist)</source>
        <translation>Celana áo dài (kaki lebar lurus, pinggang karet atau kancing samping)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block with the Müller &amp; Sohn seat angle; straight wide legs, elastic or side-buttoned waist</source>
        <translation>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: pola dasar celana dengan sudut duduk Müller &amp; Sohn; kaki lebar lurus, pinggang karet atau kancing samping</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>pinggang</translation>
    </message>
    <message>
        <source>elastic waist in a casing (pull-on) or a fitted waistband buttoned at the left side</source>
        <translation>pinggang karet dalam lorong (tarik) atau ban pinggang pas berkancing di sisi kiri</translation>
    </message>
    <message>
        <source>elastic</source>
        <translation>karet</translation>
    </message>
    <message>
        <source>side button</source>
        <translation>kancing samping</translation>
    </message>
    <message>
        <source>Leg width</source>
        <translation>lebar kaki celana</translation>
    </message>
    <message>
        <source>leg opening girth (never under thigh girth + 8 cm)</source>
        <translation>lingkar kaki celana (tidak kurang dari lingkar paha + 8 cm)</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth (buttoned waist)</source>
        <translation>lingkar pinggang jadi dikurangi lingkar pinggang badan (pinggang berkancing)</translation>
    </message>
    <message>
        <source>hem above the floor at the side seam</source>
        <translation>keliman di atas lantai pada jahitan samping</translation>
    </message>
    <message>
        <source>finished width of the waistband or casing</source>
        <translation>lebar jadi ban pinggang atau lorong karet</translation>
    </message>
    <message>
        <source>Qipao / cheongsam (fitted or traditional cut, mandarin collar, side slits)</source>
        <translation>Qipao / cheongsam (potongan modern pas badan atau tradisional, kerah shanghai, belahan samping)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block extended to the hem, Chinese (stand) collar; traditional flat Chinese cut with sleeves in one</source>
        <translation>Aldrich, Metric Pattern Cutting for Women's Wear: pola dasar badan pas badan diperpanjang sampai kelim, kerah berdiri (Cina); potongan tradisional Cina datar dengan lengan menyatu</translation>
    </message>
    <message>
        <source>modern fitted cut with darts and set-in sleeves, or the traditional dartless cut with the sleeves in one with the body</source>
        <translation>potongan modern pas dengan kupnat dan lengan pasang, atau potongan tradisional tanpa kupnat dengan lengan menyatu badan</translation>
    </message>
    <message>
        <source>modern</source>
        <translation>modern</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>tradisional</translation>
    </message>
    <message>
        <source>sleeveless, cap, short or three-quarter sleeves (the traditional cut has no sleeveless form: it falls back to cap)</source>
        <translation>tanpa lengan, lengan cap, pendek atau tiga perempat (potongan tradisional tidak punya tanpa lengan: menjadi lengan cap)</translation>
    </message>
    <message>
        <source>sleeveless</source>
        <translation>tanpa lengan</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>lengan cap</translation>
    </message>
    <message>
        <source>three quarter</source>
        <translation>lengan tiga perempat</translation>
    </message>
    <message>
        <source>hem level: just below the knee, mid-calf or near the ankle</source>
        <translation>letak keliman: di bawah lutut, setengah betis atau dekat mata kaki</translation>
    </message>
    <message>
        <source>Slit height</source>
        <translation>tinggi belahan</translation>
    </message>
    <message>
        <source>side slits: height of the slit above the hem (kept 8 cm under the hip line)</source>
        <translation>belahan samping: tinggi belahan dari keliman (8 cm di bawah garis panggul)</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>penutup</translation>
    </message>
    <message>
        <source>frog buttons (盘扣) or snaps along the opening</source>
        <translation>kancing katak atau kancing jepret sepanjang bukaan</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>kancing katak</translation>
    </message>
    <message>
        <source>snap</source>
        <translation>kancing jepret</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth (traditional cut adds 4 cm)</source>
        <translation>lingkar dada jadi dikurangi lingkar dada badan (potongan tradisional tambah 4 cm)</translation>
    </message>
    <message>
        <source>height of the stand collar</source>
        <translation>tinggi kerah berdiri</translation>
    </message>
    <message>
        <source>Hem taper</source>
        <translation>penyempitan keliman</translation>
    </message>
    <message>
        <source>how far each side comes in from the hip to the hem</source>
        <translation>seberapa jauh tiap sisi menyempit dari panggul ke keliman</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>Body</source>
        <translation>Tubuh</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>Kepala dan leher</translation>
    </message>
    <message>
        <source>Torso girths</source>
        <translation>Lingkar badan</translation>
    </message>
    <message>
        <source>Torso lengths</source>
        <translation>Panjang badan</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Lengan</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Kaki</translation>
    </message>
    <message>
        <source>Height (stature)</source>
        <translation>Tinggi badan</translation>
    </message>
    <message>
        <source>Vertical distance from the floor to the top of the head (vertex), standing erect, feet together, head in the Frankfurt plane.</source>
        <translation>Jarak tegak dari lantai ke puncak kepala, berdiri tegak, kaki rapat, kepala lurus (bidang Frankfurt).</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat badan</translation>
    </message>
    <message>
        <source>Body mass, lightly clothed, in kilograms.</source>
        <translation>Massa tubuh, berpakaian tipis, dalam kilogram.</translation>
    </message>
    <message>
        <source>Head girth</source>
        <translation>Lingkar kepala</translation>
    </message>
    <message>
        <source>Maximum horizontal girth of the head above the brow ridges and ears.</source>
        <translation>Lingkar mendatar terbesar kepala, di atas alis dan telinga.</translation>
    </message>
    <message>
        <source>Neck base girth</source>
        <translation>Lingkar pangkal leher</translation>
    </message>
    <message>
        <source>Girth of the neck at its base, over the cervicale (7th vertebra) at the back, the sides of the neck base and the top of the jugular notch in front.</source>
        <translation>Lingkar leher pada pangkalnya: di belakang melalui tulang leher ke-7, di samping melalui pangkal leher, di depan melalui atas lekuk leher.</translation>
    </message>
    <message>
        <source>Neck girth (collar height)</source>
        <translation>Lingkar leher (setinggi kerah)</translation>
    </message>
    <message>
        <source>Girth of the neck just below the Adam's apple (larynx), square to the neck: where the top edge of a stand (mandarin) collar sits. The áo dài tailor's vòng cổ taken high, the qipao maker's collar neck girth (领围).</source>
        <translation>Lingkar leher tepat di bawah jakun, tegak lurus leher: tempat tepi atas kerah berdiri. Lingkar leher tinggi penjahit áo dài, lingkar kerah penjahit qipao.</translation>
    </message>
    <message>
        <source>Chest / bust girth</source>
        <translation>Lingkar dada</translation>
    </message>
    <message>
        <source>Horizontal girth at the fullest part of the chest (women: over the bust points), under the armpits and across the shoulder blades, breathing normally.</source>
        <translation>Lingkar mendatar pada bagian dada terbesar (wanita: melalui puncak payudara), di bawah ketiak dan melintasi tulang belikat, bernapas biasa.</translation>
    </message>
    <message>
        <source>Upper chest girth</source>
        <translation>Lingkar dada atas</translation>
    </message>
    <message>
        <source>Horizontal girth of the chest high under the armpits, above the bust in front and across the shoulder blades (the upper bust, vòng ngực trên, 上胸围).</source>
        <translation>Lingkar horizontal dada tinggi tepat di bawah ketiak, di atas payudara di depan dan melewati tulang belikat.</translation>
    </message>
    <message>
        <source>Underbust girth</source>
        <translation>Lingkar bawah dada</translation>
    </message>
    <message>
        <source>Horizontal girth of the rib cage directly below the breasts.</source>
        <translation>Lingkar mendatar rongga dada tepat di bawah payudara.</translation>
    </message>
    <message>
        <source>Waist girth</source>
        <translation>Lingkar pinggang</translation>
    </message>
    <message>
        <source>Horizontal girth at the natural waist: the narrowest part of the torso between the lowest rib and the top of the hip bone, relaxed, not drawn in.</source>
        <translation>Lingkar mendatar pada pinggang alami: bagian badan terkecil antara tulang rusuk terbawah dan puncak tulang panggul, santai, perut tidak ditarik.</translation>
    </message>
    <message>
        <source>Waist girth at the navel</source>
        <translation>Lingkar pinggang setinggi pusar</translation>
    </message>
    <message>
        <source>Horizontal girth of the trunk at the level of the centre of the navel (omphalion), relaxed, breathing normally: the waist circumference of ANSUR II and of health surveys. Lower than the natural waist and usually larger than it.</source>
        <translation>Lingkar mendatar badan setinggi tengah pusar (omphalion), rileks, bernapas normal: lingkar pinggang survei ANSUR II dan survei kesehatan. Lebih rendah dari pinggang alami dan biasanya lebih besar darinya.</translation>
    </message>
    <message>
        <source>Hip girth</source>
        <translation>Lingkar panggul</translation>
    </message>
    <message>
        <source>Horizontal girth at the fullest part of the buttocks, feet together.</source>
        <translation>Lingkar mendatar pada bagian bokong terbesar, kaki rapat.</translation>
    </message>
    <message>
        <source>Shoulder width</source>
        <translation>Lebar bahu</translation>
    </message>
    <message>
        <source>Straight horizontal distance between the two acromion points (shoulder tips), measured across the back.</source>
        <translation>Jarak lurus mendatar antara kedua ujung bahu, diukur melintasi punggung.</translation>
    </message>
    <message>
        <source>Across back width</source>
        <translation>Lebar punggung</translation>
    </message>
    <message>
        <source>Horizontal distance across the back between the posterior armpit folds, at the level midway between the cervicale and the armpit level.</source>
        <translation>Jarak mendatar melintasi punggung di antara kedua lipatan ketiak belakang, setinggi pertengahan antara tulang leher ke-7 dan garis ketiak.</translation>
    </message>
    <message>
        <source>Across front width</source>
        <translation>Lebar dada</translation>
    </message>
    <message>
        <source>Horizontal distance across the chest between the anterior armpit folds, at the level midway between the neck base and the armpit level.</source>
        <translation>Jarak mendatar melintasi dada di antara kedua lipatan ketiak depan, setinggi pertengahan antara pangkal leher dan garis ketiak.</translation>
    </message>
    <message>
        <source>Bust point distance</source>
        <translation>Jarak payudara</translation>
    </message>
    <message>
        <source>Horizontal distance between the two bust points (nipples).</source>
        <translation>Jarak mendatar antara kedua puncak payudara.</translation>
    </message>
    <message>
        <source>Neck to bust point</source>
        <translation>Leher ke titik payudara</translation>
    </message>
    <message>
        <source>Distance from the side neck point (where the shoulder line meets the neck base) straight down over the chest to the bust point (hạ ngực, 胸高).</source>
        <translation>Jarak dari titik leher samping (pertemuan garis bahu dan pangkal leher) lurus turun melewati dada ke titik payudara.</translation>
    </message>
    <message>
        <source>Front waist length</source>
        <translation>Panjang pinggang depan</translation>
    </message>
    <message>
        <source>Distance from the side neck point over the bust point and straight down to the waist level (hạ eo trước, 前腰节长); the back's is the back waist length (hạ eo sau).</source>
        <translation>Jarak dari titik leher samping melewati titik payudara lurus turun ke garis pinggang; di belakang adalah panjang punggung.</translation>
    </message>
    <message>
        <source>Back waist length</source>
        <translation>Panjang punggung</translation>
    </message>
    <message>
        <source>Distance from the cervicale (7th vertebra) down the spine, following the back's contour, to the waist level.</source>
        <translation>Jarak dari tulang leher ke-7 turun sepanjang tulang belakang, mengikuti lekuk punggung, sampai garis pinggang.</translation>
    </message>
    <message>
        <source>Waist to hip</source>
        <translation>Tinggi panggul</translation>
    </message>
    <message>
        <source>Vertical distance at the side of the body from the waist level down to the hip level (fullest buttocks).</source>
        <translation>Jarak tegak di sisi badan dari garis pinggang turun ke garis panggul (bokong terbesar).</translation>
    </message>
    <message>
        <source>Crotch length</source>
        <translation>Panjang pesak</translation>
    </message>
    <message>
        <source>Distance from the waist at the centre front, down between the legs through the crotch, up to the waist at the centre back.</source>
        <translation>Jarak dari pinggang di tengah depan, turun di antara kaki melalui selangkangan, naik sampai pinggang di tengah belakang.</translation>
    </message>
    <message>
        <source>Arm length</source>
        <translation>Panjang lengan</translation>
    </message>
    <message>
        <source>Distance from the acromion (shoulder tip) over the elbow to the wrist (ulnar styloid), arm hanging straight at the side.</source>
        <translation>Jarak dari ujung bahu melalui siku sampai pergelangan tangan, lengan lurus di samping badan.</translation>
    </message>
    <message>
        <source>Upper arm girth</source>
        <translation>Lingkar lengan atas</translation>
    </message>
    <message>
        <source>Girth of the upper arm at its fullest, midway between shoulder and elbow, arm hanging.</source>
        <translation>Lingkar lengan atas pada bagian terbesar, di tengah antara bahu dan siku, lengan lurus ke bawah.</translation>
    </message>
    <message>
        <source>Armscye girth</source>
        <translation>Lingkar kerung lengan</translation>
    </message>
    <message>
        <source>Girth of the arm root: from the armpit up the front crease, over the shoulder tip (acromion) and down the back crease to the armpit, arm hanging (vòng nách, 臂根围).</source>
        <translation>Lingkar pangkal lengan: dari ketiak naik lewat lipatan depan, melewati ujung bahu dan turun lewat lipatan belakang ke ketiak, lengan tergantung.</translation>
    </message>
    <message>
        <source>Wrist girth</source>
        <translation>Lingkar pergelangan tangan</translation>
    </message>
    <message>
        <source>Girth of the wrist over the wrist bones (styloid processes).</source>
        <translation>Lingkar pergelangan tangan melalui tonjolan tulangnya.</translation>
    </message>
    <message>
        <source>Thigh girth</source>
        <translation>Lingkar paha</translation>
    </message>
    <message>
        <source>Horizontal girth of the thigh at its fullest, just below the gluteal fold.</source>
        <translation>Lingkar mendatar paha pada bagian terbesar, tepat di bawah lipatan bokong.</translation>
    </message>
    <message>
        <source>Knee girth</source>
        <translation>Lingkar lutut</translation>
    </message>
    <message>
        <source>Girth of the leg over the middle of the knee cap, standing.</source>
        <translation>Lingkar kaki melalui tengah tempurung lutut, berdiri.</translation>
    </message>
    <message>
        <source>Calf girth</source>
        <translation>Lingkar betis</translation>
    </message>
    <message>
        <source>Horizontal girth of the calf at its fullest.</source>
        <translation>Lingkar mendatar betis pada bagian terbesar.</translation>
    </message>
    <message>
        <source>Ankle girth</source>
        <translation>Lingkar pergelangan kaki</translation>
    </message>
    <message>
        <source>Girth of the leg at its narrowest, just above the ankle bones.</source>
        <translation>Lingkar kaki pada bagian terkecil, tepat di atas mata kaki.</translation>
    </message>
    <message>
        <source>Inside leg</source>
        <translation>Panjang kaki dalam</translation>
    </message>
    <message>
        <source>Vertical distance from the crotch to the floor, standing, feet slightly apart.</source>
        <translation>Jarak tegak dari selangkangan ke lantai, berdiri, kaki sedikit terbuka.</translation>
    </message>
    <message>
        <source>Outside leg</source>
        <translation>Panjang kaki luar</translation>
    </message>
    <message>
        <source>Vertical distance at the side from the waist level to the floor.</source>
        <translation>Jarak tegak di sisi badan dari garis pinggang ke lantai.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Assembly: {cols} x {rows} pages, overlap {overlap} cm; match the crosses, glue along the dashed lines.</source>
        <translation>Penyusunan: {cols} x {rows} halaman, tumpang tindih {overlap} cm; cocokkan tanda silang, lem sepanjang garis putus-putus.</translation>
    </message>
    <message>
        <source>{style} - test square: 10 cm x 10 cm. Print at 100 %.</source>
        <translation>{style} - kotak uji: 10 cm x 10 cm. Cetak pada 100 %.</translation>
    </message>
    <message>
        <source>{name}  size {size}</source>
        <translation>{name}  ukuran {size}</translation>
    </message>
    <message>
        <source>cut {n}</source>
        <translation>potong {n}</translation>
    </message>
    <message>
        <source> ({n} mirrored)</source>
        <translation> ({n} dicerminkan)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <source>FOLD</source>
        <translation>LIPAT</translation>
    </message>
    <message>
        <source>Finished chest</source>
        <translation>Lingkar dada jadi</translation>
    </message>
    <message>
        <source>Finished waist</source>
        <translation>Lingkar pinggang jadi</translation>
    </message>
    <message>
        <source>Finished hip</source>
        <translation>Lingkar panggul jadi</translation>
    </message>
    <message>
        <source>Finished thigh</source>
        <translation>Lingkar paha jadi</translation>
    </message>
    <message>
        <source>Finished biceps</source>
        <translation>Lingkar lengan atas jadi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Pakaian</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Kain</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Key measurements</source>
        <translation>Ukuran utama</translation>
    </message>
    <message>
        <source>{garment} for {customer}</source>
        <translation>{garment} untuk {customer}</translation>
    </message>
    <message>
        <source>{garment} made to measure for {customer}</source>
        <translation>{garment} dijahit sesuai ukuran untuk {customer}</translation>
    </message>
    <message>
        <source>Drag to turn, pinch or scroll to zoom. Made with {title}.</source>
        <translation>Seret untuk memutar, cubit atau gulir untuk memperbesar. Dibuat dengan {title}.</translation>
    </message>
</context>
<context>
    <name>Pieces</name>
    <message>
        <source>front</source>
        <translation>depan</translation>
    </message>
    <message>
        <source>T-shirt front</source>
        <translation>Badan depan kaus</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>kain utama</translation>
    </message>
    <message>
        <source>T-SHIRT FRONT</source>
        <translation>BADAN DEPAN KAUS</translation>
    </message>
    <message>
        <source>cut 1 on fold</source>
        <translation>potong 1 pada lipatan</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>garis penempatan</translation>
    </message>
    <message>
        <source>back</source>
        <translation>belakang</translation>
    </message>
    <message>
        <source>T-shirt back</source>
        <translation>Badan belakang kaus</translation>
    </message>
    <message>
        <source>T-SHIRT BACK</source>
        <translation>BADAN BELAKANG KAUS</translation>
    </message>
    <message>
        <source>sleeve</source>
        <translation>lengan</translation>
    </message>
    <message>
        <source>T-shirt sleeve</source>
        <translation>Lengan kaus</translation>
    </message>
    <message>
        <source>T-SHIRT SLEEVE</source>
        <translation>LENGAN KAUS</translation>
    </message>
    <message>
        <source>cut 2 (a pair)</source>
        <translation>potong 2 (sepasang)</translation>
    </message>
    <message>
        <source>neckband</source>
        <translation>rib leher</translation>
    </message>
    <message>
        <source>Neckband</source>
        <translation>Rib leher</translation>
    </message>
    <message>
        <source>NECKBAND cut 1 on fold, rib</source>
        <translation>RIB LEHER potong 1 pada lipatan, kain rib</translation>
    </message>
    <message>
        <source>Shirt front</source>
        <translation>Badan depan kemeja</translation>
    </message>
    <message>
        <source>SHIRT FRONT</source>
        <translation>BADAN DEPAN KEMEJA</translation>
    </message>
    <message>
        <source>buttonholes on one front, buttons on the other</source>
        <translation>lubang kancing di satu sisi depan, kancing di sisi lain</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>tengah</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>lipatan</translation>
    </message>
    <message>
        <source>Shirt back</source>
        <translation>Badan belakang kemeja</translation>
    </message>
    <message>
        <source>SHIRT BACK</source>
        <translation>BADAN BELAKANG KEMEJA</translation>
    </message>
    <message>
        <source>yoke</source>
        <translation>yoke</translation>
    </message>
    <message>
        <source>Yoke</source>
        <translation>Yoke</translation>
    </message>
    <message>
        <source>YOKE cut 2 on fold</source>
        <translation>YOKE potong 2 pada lipatan</translation>
    </message>
    <message>
        <source>Shirt sleeve</source>
        <translation>Lengan kemeja</translation>
    </message>
    <message>
        <source>SHIRT SLEEVE</source>
        <translation>LENGAN KEMEJA</translation>
    </message>
    <message>
        <source>slit</source>
        <translation>belahan</translation>
    </message>
    <message>
        <source>stitch</source>
        <translation>setikan</translation>
    </message>
    <message>
        <source>pleat</source>
        <translation>lipit</translation>
    </message>
    <message>
        <source>cuff</source>
        <translation>manset</translation>
    </message>
    <message>
        <source>Cuff</source>
        <translation>Manset</translation>
    </message>
    <message>
        <source>CUFF cut 2 on fold + interfacing</source>
        <translation>MANSET potong 2 pada lipatan + kain keras</translation>
    </message>
    <message>
        <source>placket</source>
        <translation>plaket</translation>
    </message>
    <message>
        <source>Sleeve placket (bound along the slit)</source>
        <translation>Plaket lengan (membungkus belahan)</translation>
    </message>
    <message>
        <source>PLACKET x2</source>
        <translation>PLAKET x2</translation>
    </message>
    <message>
        <source>collar stand</source>
        <translation>kaki kerah</translation>
    </message>
    <message>
        <source>Collar stand</source>
        <translation>Kaki kerah</translation>
    </message>
    <message>
        <source>COLLAR STAND cut 2 on fold + interfacing</source>
        <translation>KAKI KERAH potong 2 pada lipatan + kain keras</translation>
    </message>
    <message>
        <source>collar</source>
        <translation>kerah</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Kerah</translation>
    </message>
    <message>
        <source>COLLAR cut 2 on fold + interfacing</source>
        <translation>KERAH potong 2 pada lipatan + kain keras</translation>
    </message>
    <message>
        <source>cuff interfacing</source>
        <translation>kain keras manset</translation>
    </message>
    <message>
        <source>Cuff interfacing</source>
        <translation>Kain keras manset</translation>
    </message>
    <message>
        <source>interfacing</source>
        <translation>kain keras</translation>
    </message>
    <message>
        <source>CUFF INTERFACING</source>
        <translation>KAIN KERAS MANSET</translation>
    </message>
    <message>
        <source>collar stand interfacing</source>
        <translation>kain keras kaki kerah</translation>
    </message>
    <message>
        <source>Collar stand interfacing</source>
        <translation>Kain keras kaki kerah</translation>
    </message>
    <message>
        <source>COLLAR STAND INTERFACING</source>
        <translation>KAIN KERAS KAKI KERAH</translation>
    </message>
    <message>
        <source>collar interfacing</source>
        <translation>kain keras kerah</translation>
    </message>
    <message>
        <source>Collar interfacing</source>
        <translation>Kain keras kerah</translation>
    </message>
    <message>
        <source>COLLAR INTERFACING</source>
        <translation>KAIN KERAS KERAH</translation>
    </message>
    <message>
        <source>Skirt front</source>
        <translation>Rok depan</translation>
    </message>
    <message>
        <source>SKIRT FRONT</source>
        <translation>ROK DEPAN</translation>
    </message>
    <message>
        <source>Skirt back</source>
        <translation>Rok belakang</translation>
    </message>
    <message>
        <source>SKIRT BACK</source>
        <translation>ROK BELAKANG</translation>
    </message>
    <message>
        <source>waistband</source>
        <translation>ban pinggang</translation>
    </message>
    <message>
        <source>Waistband</source>
        <translation>Ban pinggang</translation>
    </message>
    <message>
        <source>WAISTBAND cut 1 on fold</source>
        <translation>BAN PINGGANG potong 1 pada lipatan</translation>
    </message>
    <message>
        <source>A-LINE SKIRT FRONT</source>
        <translation>ROK A-LINE DEPAN</translation>
    </message>
    <message>
        <source>A-LINE SKIRT BACK</source>
        <translation>ROK A-LINE BELAKANG</translation>
    </message>
    <message>
        <source>Trousers front</source>
        <translation>Celana depan</translation>
    </message>
    <message>
        <source>TROUSERS FRONT</source>
        <translation>CELANA DEPAN</translation>
    </message>
    <message>
        <source>cut 2 (a pair) - grain = crease</source>
        <translation>potong 2 (sepasang) - arah serat = garis setrika</translation>
    </message>
    <message>
        <source>crease</source>
        <translation>garis setrika</translation>
    </message>
    <message>
        <source>Trousers back</source>
        <translation>Celana belakang</translation>
    </message>
    <message>
        <source>TROUSERS BACK</source>
        <translation>CELANA BELAKANG</translation>
    </message>
    <message>
        <source>fly facing</source>
        <translation>lapisan tutup ritsleting</translation>
    </message>
    <message>
        <source>Fly facing</source>
        <translation>Lapisan tutup ritsleting</translation>
    </message>
    <message>
        <source>FLY FACING cut 1</source>
        <translation>LAPISAN TUTUP RITSLETING potong 1</translation>
    </message>
    <message>
        <source>bodice front</source>
        <translation>badan atas depan</translation>
    </message>
    <message>
        <source>Dress bodice front</source>
        <translation>Badan atas depan gaun</translation>
    </message>
    <message>
        <source>DRESS BODICE FRONT</source>
        <translation>BADAN ATAS DEPAN GAUN</translation>
    </message>
    <message>
        <source>bodice back</source>
        <translation>badan atas belakang</translation>
    </message>
    <message>
        <source>Dress bodice back</source>
        <translation>Badan atas belakang gaun</translation>
    </message>
    <message>
        <source>DRESS BODICE BACK</source>
        <translation>BADAN ATAS BELAKANG GAUN</translation>
    </message>
    <message>
        <source>skirt front</source>
        <translation>rok depan</translation>
    </message>
    <message>
        <source>Dress skirt front</source>
        <translation>Rok depan gaun</translation>
    </message>
    <message>
        <source>DRESS SKIRT FRONT</source>
        <translation>ROK DEPAN GAUN</translation>
    </message>
    <message>
        <source>skirt back</source>
        <translation>rok belakang</translation>
    </message>
    <message>
        <source>Dress skirt back</source>
        <translation>Rok belakang gaun</translation>
    </message>
    <message>
        <source>DRESS SKIRT BACK</source>
        <translation>ROK BELAKANG GAUN</translation>
    </message>
    <message>
        <source>facing front</source>
        <translation>lapisan depan</translation>
    </message>
    <message>
        <source>Front facing</source>
        <translation>Lapisan depan</translation>
    </message>
    <message>
        <source>FRONT FACING</source>
        <translation>LAPISAN DEPAN</translation>
    </message>
    <message>
        <source>cut 1 on fold, interface</source>
        <translation>potong 1 pada lipatan, beri kain keras</translation>
    </message>
    <message>
        <source>facing back</source>
        <translation>lapisan belakang</translation>
    </message>
    <message>
        <source>Back facing</source>
        <translation>Lapisan belakang</translation>
    </message>
    <message>
        <source>BACK FACING</source>
        <translation>LAPISAN BELAKANG</translation>
    </message>
    <message>
        <source>cut 2, interface</source>
        <translation>potong 2, beri kain keras</translation>
    </message>
    <message>
        <source>Jacket front</source>
        <translation>Badan depan jas</translation>
    </message>
    <message>
        <source>JACKET FRONT</source>
        <translation>BADAN DEPAN JAS</translation>
    </message>
    <message>
        <source>breast welt: left front only</source>
        <translation>bis saku dada: hanya badan depan kiri</translation>
    </message>
    <message>
        <source>side body</source>
        <translation>BADAN SAMPING</translation>
    </message>
    <message>
        <source>Side body</source>
        <translation>Badan samping</translation>
    </message>
    <message>
        <source>SIDE BODY</source>
        <translation>BADAN SAMPING</translation>
    </message>
    <message>
        <source>Jacket back</source>
        <translation>Badan belakang jas</translation>
    </message>
    <message>
        <source>JACKET BACK</source>
        <translation>BADAN BELAKANG JAS</translation>
    </message>
    <message>
        <source>top sleeve</source>
        <translation>LENGAN ATAS</translation>
    </message>
    <message>
        <source>Top sleeve</source>
        <translation>Lengan atas</translation>
    </message>
    <message>
        <source>TOP SLEEVE</source>
        <translation>LENGAN ATAS</translation>
    </message>
    <message>
        <source>under sleeve</source>
        <translation>LENGAN BAWAH</translation>
    </message>
    <message>
        <source>Under sleeve</source>
        <translation>Lengan bawah</translation>
    </message>
    <message>
        <source>UNDER SLEEVE</source>
        <translation>LENGAN BAWAH</translation>
    </message>
    <message>
        <source>under collar</source>
        <translation>Kerah bawah</translation>
    </message>
    <message>
        <source>Under collar</source>
        <translation>Kerah bawah</translation>
    </message>
    <message>
        <source>UNDER COLLAR bias</source>
        <translation>KERAH BAWAH serong</translation>
    </message>
    <message>
        <source>top collar</source>
        <translation>Kerah atas</translation>
    </message>
    <message>
        <source>Top collar</source>
        <translation>Kerah atas</translation>
    </message>
    <message>
        <source>TOP COLLAR cut 1 on fold</source>
        <translation>KERAH ATAS potong 1 pada lipatan</translation>
    </message>
    <message>
        <source>facing</source>
        <translation>BELEG</translation>
    </message>
    <message>
        <source>FACING</source>
        <translation>BELEG</translation>
    </message>
    <message>
        <source>pocket flap</source>
        <translation>Tutup saku</translation>
    </message>
    <message>
        <source>Pocket flap</source>
        <translation>Tutup saku</translation>
    </message>
    <message>
        <source>POCKET FLAP</source>
        <translation>TUTUP SAKU</translation>
    </message>
    <message>
        <source>breast welt</source>
        <translation>Bis saku dada</translation>
    </message>
    <message>
        <source>Breast welt</source>
        <translation>Bis saku dada</translation>
    </message>
    <message>
        <source>BREAST WELT</source>
        <translation>BIS SAKU DADA</translation>
    </message>
    <message>
        <source>lining front</source>
        <translation>Furing badan depan</translation>
    </message>
    <message>
        <source>Lining front</source>
        <translation>Furing badan depan</translation>
    </message>
    <message>
        <source>lining</source>
        <translation>furing</translation>
    </message>
    <message>
        <source>LINING FRONT</source>
        <translation>FURING BADAN DEPAN</translation>
    </message>
    <message>
        <source>dart</source>
        <translation>kupnat</translation>
    </message>
    <message>
        <source>lining side body</source>
        <translation>Furing badan samping</translation>
    </message>
    <message>
        <source>Lining side body</source>
        <translation>Furing badan samping</translation>
    </message>
    <message>
        <source>LINING SIDE BODY</source>
        <translation>FURING BADAN SAMPING</translation>
    </message>
    <message>
        <source>lining back</source>
        <translation>Furing badan belakang</translation>
    </message>
    <message>
        <source>Lining back</source>
        <translation>Furing badan belakang</translation>
    </message>
    <message>
        <source>LINING BACK</source>
        <translation>FURING BADAN BELAKANG</translation>
    </message>
    <message>
        <source>lining top sleeve</source>
        <translation>Furing lengan atas</translation>
    </message>
    <message>
        <source>Lining top sleeve</source>
        <translation>Furing lengan atas</translation>
    </message>
    <message>
        <source>LINING TOP SLEEVE</source>
        <translation>FURING LENGAN ATAS</translation>
    </message>
    <message>
        <source>lining under sleeve</source>
        <translation>Furing lengan bawah</translation>
    </message>
    <message>
        <source>Lining under sleeve</source>
        <translation>Furing lengan bawah</translation>
    </message>
    <message>
        <source>LINING UNDER SLEEVE</source>
        <translation>FURING LENGAN BAWAH</translation>
    </message>
    <message>
        <source>pocket flap lining</source>
        <translation>Furing tutup saku</translation>
    </message>
    <message>
        <source>Pocket flap lining</source>
        <translation>Furing tutup saku</translation>
    </message>
    <message>
        <source>POCKET FLAP LINING</source>
        <translation>FURING TUTUP SAKU</translation>
    </message>
    <message>
        <source>front fusing</source>
        <translation>Viselin badan depan</translation>
    </message>
    <message>
        <source>Front fusing</source>
        <translation>Viselin badan depan</translation>
    </message>
    <message>
        <source>FRONT FUSING fuse</source>
        <translation>Viselin badan depan (dipres)</translation>
    </message>
    <message>
        <source>facing fusing</source>
        <translation>Viselin beleg</translation>
    </message>
    <message>
        <source>Facing fusing</source>
        <translation>Viselin beleg</translation>
    </message>
    <message>
        <source>FACING FUSING fuse</source>
        <translation>Viselin beleg (dipres)</translation>
    </message>
    <message>
        <source>under collar fusing</source>
        <translation>Viselin kerah bawah</translation>
    </message>
    <message>
        <source>Under collar fusing</source>
        <translation>Viselin kerah bawah</translation>
    </message>
    <message>
        <source>UNDER COLLAR FUSING fuse</source>
        <translation>Viselin kerah bawah (dipres)</translation>
    </message>
    <message>
        <source>top collar fusing</source>
        <translation>Viselin kerah atas</translation>
    </message>
    <message>
        <source>Top collar fusing</source>
        <translation>Viselin kerah atas</translation>
    </message>
    <message>
        <source>TOP COLLAR FUSING fuse</source>
        <translation>Viselin kerah atas (dipres)</translation>
    </message>
    <message>
        <source>pocket flap fusing</source>
        <translation>Viselin tutup saku</translation>
    </message>
    <message>
        <source>Pocket flap fusing</source>
        <translation>Viselin tutup saku</translation>
    </message>
    <message>
        <source>POCKET FLAP FUSING fuse</source>
        <translation>Viselin tutup saku (dipres)</translation>
    </message>
    <message>
        <source>Front (over-front)</source>
        <translation>Badan depan (lapisan atas)</translation>
    </message>
    <message>
        <source>AO DAI FRONT</source>
        <translation>BADAN DEPAN ÁO DÀI</translation>
    </message>
    <message>
        <source>cut 1, right side up; opening on the wearer's right</source>
        <translation>potong 1, sisi kanan kain di atas; bukaan di kanan pemakai</translation>
    </message>
    <message>
        <source>under front</source>
        <translation>Lapisan bawah depan</translation>
    </message>
    <message>
        <source>Under-front</source>
        <translation>Lapisan bawah depan</translation>
    </message>
    <message>
        <source>UNDER-FRONT cut 1</source>
        <translation>BADAN DEPAN BAWAH potong 1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Badan belakang</translation>
    </message>
    <message>
        <source>AO DAI BACK</source>
        <translation>BADAN BELAKANG ÁO DÀI</translation>
    </message>
    <message>
        <source>Sleeve</source>
        <translation>Lengan</translation>
    </message>
    <message>
        <source>SLEEVE</source>
        <translation>LENGAN</translation>
    </message>
    <message>
        <source>Stand collar</source>
        <translation>Kerah berdiri</translation>
    </message>
    <message>
        <source>COLLAR cut 2, interface one</source>
        <translation>KERAH potong 2, satu dilapisi kain keras</translation>
    </message>
    <message>
        <source>facing 1</source>
        <translation>lapisan 1</translation>
    </message>
    <message>
        <source>Opening facing</source>
        <translation>Lapisan bukaan</translation>
    </message>
    <message>
        <source>OPENING FACING 1 cut 1, interface</source>
        <translation>LAPISAN BUKAAN 1 potong 1, lapisi kain keras</translation>
    </message>
    <message>
        <source>facing 2</source>
        <translation>lapisan 2</translation>
    </message>
    <message>
        <source>OPENING FACING 2 cut 1, interface</source>
        <translation>LAPISAN BUKAAN 2 potong 1, lapisi kain keras</translation>
    </message>
    <message>
        <source>Ao dai trousers front</source>
        <translation>Celana depan</translation>
    </message>
    <message>
        <source>AO DAI TROUSERS FRONT</source>
        <translation>CELANA DEPAN</translation>
    </message>
    <message>
        <source>Ao dai trousers back</source>
        <translation>Celana belakang</translation>
    </message>
    <message>
        <source>AO DAI TROUSERS BACK</source>
        <translation>CELANA BELAKANG</translation>
    </message>
    <message>
        <source>CASING cut 1 on fold; elastic 3.0 x 72 cm</source>
        <translation>LORONG KARET potong 1 pada lipatan; karet 3,0 x 72 cm</translation>
    </message>
    <message>
        <source>WAISTBAND cut 1 on fold; opens at the left side</source>
        <translation>BAN PINGGANG potong 1 pada lipatan; terbuka di sisi kiri</translation>
    </message>
    <message>
        <source>QIPAO FRONT</source>
        <translation>BADAN DEPAN QIPAO</translation>
    </message>
    <message>
        <source>inner front</source>
        <translation>Badan depan dalam</translation>
    </message>
    <message>
        <source>Inner front</source>
        <translation>Badan depan dalam</translation>
    </message>
    <message>
        <source>INNER FRONT cut 1</source>
        <translation>BADAN DEPAN DALAM potong 1</translation>
    </message>
    <message>
        <source>QIPAO BACK</source>
        <translation>BADAN BELAKANG QIPAO</translation>
    </message>
    <message>
        <source>QIPAO SLEEVE cut 2 (a pair)</source>
        <translation>LENGAN QIPAO potong 2 (sepasang)</translation>
    </message>
    <message>
        <source>armhole facing front</source>
        <translation>lapisan kerung lengan depan</translation>
    </message>
    <message>
        <source>Armhole facing</source>
        <translation>Lapisan kerung lengan</translation>
    </message>
    <message>
        <source>ARMHOLE FACING cut 1</source>
        <translation>LAPISAN KERUNG LENGAN potong 1</translation>
    </message>
    <message>
        <source>armhole facing inner front</source>
        <translation>lapisan kerung lengan depan dalam</translation>
    </message>
    <message>
        <source>armhole facing back</source>
        <translation>lapisan kerung lengan belakang</translation>
    </message>
    <message>
        <source>ARMHOLE FACING cut 2 (a pair)</source>
        <translation>LAPISAN KERUNG LENGAN potong 2 (sepasang)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk s&amp;emua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>estimates cover {low}-{high} {unit} with the given {others}, got {value} {unit}; measure the missing values instead of estimating them</source>
        <translation>perkiraan hanya berlaku untuk {low}-{high} {unit} dengan {others} yang diisi, didapat {value} {unit}; ukur nilai yang belum ada alih-alih memperkirakannya</translation>
    </message>
    <message>
        <source>estimates cover {low}-{high} {unit}, got {value} {unit}; measure the missing values instead of estimating them</source>
        <translation>perkiraan hanya berlaku untuk {low}-{high} {unit}, didapat {value} {unit}; ukur nilai yang belum ada alih-alih memperkirakannya</translation>
    </message>
    <message>
        <source>estimates do not fit a value of {value} {unit}: {rule} (estimated: {estimates}); measure the missing values instead of estimating them</source>
        <translation>perkiraan tidak cocok untuk nilai {value} {unit}: {rule} (perkiraan: {estimates}); ukur nilai yang belum ada alih-alih memperkirakannya</translation>
    </message>
    <message>
        <source>this measurement is needed but missing</source>
        <translation>ukuran ini diperlukan tetapi belum ada</translation>
    </message>
    <message>
        <source>{label} is not a finite number; expected a value in {unit}</source>
        <translation>{label} bukan bilangan hingga; seharusnya nilai dalam {unit}</translation>
    </message>
    <message>
        <source>{label} must be greater than 0 {unit}, got {value}</source>
        <translation>{label} harus lebih dari 0 {unit}, tertulis {value}</translation>
    </message>
    <message>
        <source>{label} of {value} is impossible for an adult; expected {low}-{high} {unit}</source>
        <translation>{label} {value} tidak mungkin untuk orang dewasa; seharusnya {low}-{high} {unit}</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult female (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} tidak biasa untuk perempuan dewasa (umumnya {low}-{high} {unit}); mohon periksa</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult male (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} tidak biasa untuk laki-laki dewasa (umumnya {low}-{high} {unit}); mohon periksa</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} tidak biasa untuk orang dewasa (umumnya {low}-{high} {unit}); mohon periksa</translation>
    </message>
    <message>
        <source>{label} is not a number: {text}; expected a number in {unit}</source>
        <translation>{label} bukan angka: {text}; seharusnya angka dalam {unit}</translation>
    </message>
    <message>
        <source>missing measurement(s) {names}; enter them or let them be estimated</source>
        <translation>ukuran {names} belum ada; masukkan atau biarkan diperkirakan</translation>
    </message>
    <message>
        <source>underbust girth is larger than chest girth; the underbust is measured below the bust and cannot be larger</source>
        <translation>lingkar bawah dada lebih besar daripada lingkar dada; lingkar bawah dada diukur di bawah payudara dan tidak mungkin lebih besar</translation>
    </message>
    <message>
        <source>neck girth (collar height) is larger than the neck base girth; the neck narrows above its base</source>
        <translation>lingkar leher (setinggi kerah) lebih besar dari lingkar pangkal leher; leher mengecil ke atas</translation>
    </message>
    <message>
        <source>neck to bust point is longer than the front waist length, which runs on over the bust point to the waist</source>
        <translation>jarak leher ke titik payudara lebih panjang dari panjang pinggang depan, yang berlanjut melewati titik payudara ke pinggang</translation>
    </message>
    <message>
        <source>armscye girth is smaller than the upper arm girth; the arm root is the larger</source>
        <translation>lingkar kerung lengan lebih kecil dari lingkar lengan atas; pangkal lengan lebih besar</translation>
    </message>
    <message>
        <source>inside leg is longer than a body of this height allows (at most 60% of height)</source>
        <translation>panjang kaki dalam melebihi batas untuk tinggi badan ini (paling banyak 60% tinggi badan)</translation>
    </message>
    <message>
        <source>outside leg is longer than a body of this height allows (at most 72% of height)</source>
        <translation>panjang kaki luar melebihi batas untuk tinggi badan ini (paling banyak 72% tinggi badan)</translation>
    </message>
    <message>
        <source>inside leg must be shorter than outside leg (the crotch is below the waist)</source>
        <translation>panjang kaki dalam harus lebih pendek daripada panjang kaki luar (selangkangan di bawah pinggang)</translation>
    </message>
    <message>
        <source>back waist length is longer than a body of this height allows (at most 35% of height)</source>
        <translation>panjang punggung melebihi batas untuk tinggi badan ini (paling banyak 35% tinggi badan)</translation>
    </message>
    <message>
        <source>arm length is longer than a body of this height allows (at most 45% of height)</source>
        <translation>panjang lengan melebihi batas untuk tinggi badan ini (paling banyak 45% tinggi badan)</translation>
    </message>
    <message>
        <source>neck base girth is larger than chest girth</source>
        <translation>lingkar pangkal leher lebih besar daripada lingkar dada</translation>
    </message>
    <message>
        <source>wrist girth is larger than upper arm girth</source>
        <translation>lingkar pergelangan tangan lebih besar daripada lingkar lengan atas</translation>
    </message>
    <message>
        <source>ankle girth is larger than calf girth</source>
        <translation>lingkar pergelangan kaki lebih besar daripada lingkar betis</translation>
    </message>
    <message>
        <source>knee girth is larger than thigh girth</source>
        <translation>lingkar lutut lebih besar daripada lingkar paha</translation>
    </message>
    <message>
        <source>shoulder width is more than half the chest girth allows (at most 55%)</source>
        <translation>lebar bahu melebihi batas setengah lingkar dada (paling banyak 55%)</translation>
    </message>
    <message>
        <source>waist girth is far above hip girth (more than 25% larger); please check both</source>
        <translation>lingkar pinggang jauh di atas lingkar panggul (lebih dari 25%); mohon periksa keduanya</translation>
    </message>
    <message>
        <source>waist girth is far above chest girth (more than 25% larger); please check both</source>
        <translation>lingkar pinggang jauh di atas lingkar dada (lebih dari 25%); mohon periksa keduanya</translation>
    </message>
    <message>
        <source>waist girth is more than 5 cm larger than the waist girth at the navel; the natural waist is the narrowest part of the torso above it (are the two swapped?)</source>
        <translation>lingkar pinggang lebih dari 5 cm lebih besar daripada lingkar pinggang setinggi pusar; pinggang alami adalah bagian badan tersempit di atas pusar (apakah keduanya tertukar?)</translation>
    </message>
    <message>
        <source>waist girth at the navel is far above hip girth (more than 25% larger); please check both</source>
        <translation>lingkar pinggang setinggi pusar jauh di atas lingkar panggul (lebih dari 25%); mohon periksa keduanya</translation>
    </message>
    <message>
        <source>waist girth at the navel is far above chest girth (more than 25% larger); please check both</source>
        <translation>lingkar pinggang setinggi pusar jauh di atas lingkar dada (lebih dari 25%); mohon periksa keduanya</translation>
    </message>
    <message>
        <source>bust point distance is more than a third of the chest girth</source>
        <translation>jarak payudara lebih dari sepertiga lingkar dada</translation>
    </message>
    <message>
        <source>across back width is more than 55% of the chest girth</source>
        <translation>lebar punggung lebih dari 55% lingkar dada</translation>
    </message>
    <message>
        <source>across front width is more than half the chest girth</source>
        <translation>lebar dada lebih dari setengah lingkar dada</translation>
    </message>
</context>
</TS>
