import javax.crypto.*; import javax.crypto.spec.*; import java.util.concurrent.*;
/** PBKDF2-HMAC-SHA256 at 600,000 iterations (what the hall stores) and the HMAC key of the REST credential cache: `java assembly/bench/PasswordHashBench.java`. */
public class PasswordHashBench { 
 static void one() throws Exception { byte[] salt=new byte[16]; SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec("correct horse battery".toCharArray(), salt, 600000, 256)).getEncoded(); }
 public static void main(String[] a) throws Exception { for (int i=0;i<3;i++) one();
  int n=20; long t=System.nanoTime(); for (int i=0;i<n;i++) one(); double ms=(System.nanoTime()-t)/1e6/n;
  System.out.printf("1 thread: %.0f ms per hash, %.2f/s%n", ms, 1000/ms);
  ExecutorService p=Executors.newFixedThreadPool(2); t=System.nanoTime(); var fs=new java.util.ArrayList<Future<?>>(); for(int i=0;i<n;i++) fs.add(p.submit(()->{one();return null;})); for(var f:fs) f.get(); double s=(System.nanoTime()-t)/1e9; p.shutdown();
  System.out.printf("2 threads: %.2f hashes/s%n", n/s);
  t=System.nanoTime(); for (int i=0;i<100000;i++){ Mac m=Mac.getInstance("HmacSHA256"); m.init(new SecretKeySpec(new byte[32],"HmacSHA256")); m.doFinal("clerk\0password".getBytes()); } System.out.printf("HMAC key: %.2f us%n", (System.nanoTime()-t)/1e3/100000);
 }}
